import { getCollection, type CollectionEntry } from 'astro:content';
import { phases } from '../schemas/frontmatter.ts';

export type Phase = (typeof phases)[number];
export type StepPage = CollectionEntry<'docs'> & { data: { phase: Phase; step: number } };

/** The step pages of one language, in the framework's order (optionally of one phase only). */
export async function stepPages(locale: string, phase?: Phase): Promise<StepPage[]> {
	const pages = await getCollection(
		'docs',
		(entry): entry is StepPage =>
			entry.id.startsWith(`${locale}/`) && entry.data.phase !== undefined && (!phase || entry.data.phase === phase),
	);
	return pages.sort((a, b) => phases.indexOf(a.data.phase) - phases.indexOf(b.data.phase) || a.data.step - b.data.step);
}

/** `en/process/prework/identify-stakeholders` → `prework/identify-stakeholders`, the step's checklist id. */
export const stepKey = (pageId: string) => pageId.replace(/^[^/]+\/process\//, '');

export const phaseNumber = (phase: Phase) => phases.indexOf(phase) + 1;
