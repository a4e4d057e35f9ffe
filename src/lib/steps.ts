import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLanguage } from '../languages.ts';
import type { Phase } from '../schemas/frontmatter.ts';
import { inStepOrder, stepKey, stepSlug } from './step-order.ts';

export type { Phase };
export { phaseNumber, stepKey } from './step-order.ts';

export interface Step {
	phase: Phase;
	/** The step's place within its phase: 1, 2, 3… */
	step: number;
	/** `prework/identify-stakeholders`: the step's checklist (content/checklists/<key>.yaml) and its tick ids. */
	key: string;
	/** The step's page in the language asked for, or the English page where it is not translated yet. */
	page: CollectionEntry<'docs'>;
}

/**
 * The steps in the framework's order, with their pages in one language (optionally of one phase). The order and
 * the phases are written once, in the English step pages' `phase` and `step`; translations take them from there.
 */
export async function steps(locale: string, phase?: Phase): Promise<Step[]> {
	const docs = await getCollection('docs', (entry) => stepKey(entry.id) !== undefined);
	const sources = docs.filter((entry) => entry.id.startsWith(`${sourceLanguage}/`));
	const found = sources.map((source): Step => {
		const { phase, step } = source.data;
		if (phase === undefined || step === undefined) {
			throw new Error(
				`${source.filePath}: a step page needs \`phase:\` and \`step:\` in its frontmatter (its phase, and its place in the phase: 1, 2, 3…).`,
			);
		}
		const key = stepKey(source.id)!;
		const page = docs.find((entry) => entry.id === `${locale}/${stepSlug(key)}`) ?? source;
		return { phase, step, key, page };
	});
	return found.filter((step) => !phase || step.phase === phase).sort(inStepOrder);
}

/** The step a page shows, in any language: `es/process/prework/x` → its phase and place from the English page. */
export async function stepOf(pageId: string): Promise<Step | undefined> {
	const key = stepKey(pageId);
	if (!key) return undefined;
	const locale = pageId.split('/')[0]!;
	return (await steps(locale)).find((step) => step.key === key);
}
