// How a card's facts read in a language, for every component that shows them: a value of a list by its label
// (`guide.method.<list>.<value>` in content/i18n/), and a group size.
import type { MethodFacts } from './methods.ts';

/** Starlight's `t`, whose keys are typed: these are built from the lists' values. */
type Translate = App.Locals['t'];

/** The lists of values whose labels are `guide.method.<list>.<value>`. */
export type MethodList =
	'origin' | 'purpose' | 'say' | 'channel' | 'costItem' | 'cost' | 'delivery' | 'recruit' | 'size';

export const methodLabel = (t: Translate, list: MethodList, value: string) =>
	t(`guide.method.${list}.${value}` as 'guide.name');

export const groupSizeText = (t: Translate, { min, max }: MethodFacts['groupSize']) =>
	max ? t('guide.method.groupSizeRange', { min, max }) : t('guide.method.groupSizeOrMore', { min });
