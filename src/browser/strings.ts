// Interface strings reach the browser's scripts one way: the component writes the ones its script needs, as they
// are in content/i18n/, into `data-strings` (`stringsFor`, src/lib/page-strings.ts), and the script reads them here.
import { interpolate } from '../common/interpolate.ts';

export type Text = (key: string, values?: Record<string, string | number>) => string;

/** The strings written into `element`'s `data-strings`, filled in with their values. */
export function stringsOf(element: HTMLElement): Text {
	const strings = JSON.parse(element.dataset.strings ?? '{}') as Record<string, string>;
	return (key, values) => interpolate(strings[key] ?? key, values);
}
