import { pages, type Page } from './content.ts';
import { sourceLanguage } from '../languages.ts';
import { phases, type Phase } from '../schemas/frontmatter.ts';
import { inStepOrder, stepKeyOfSlug } from './step-order.ts';

export interface ProcessStep {
	phase: Phase;
	/** The step's place within its phase: 1, 2, 3… */
	step: number;
	/** `process/prework/identify-stakeholders`: the page's path in every language. */
	slug: string;
	/** `prework/identify-stakeholders`: the step's checklist (content/checklists/<key>.yaml) and tick ids. */
	key: string;
}

export const isStepPage = (page: Pick<Page, 'slug'>) => stepKeyOfSlug(page.slug) !== undefined;

/**
 * The framework's steps in order, read from the one place they are written: the `phase` and `step` of the step
 * pages in the source language (content/docs/en/process/<phase>/<step>.mdx). Translations take both from there.
 */
export function processSteps(docsDir?: string): ProcessStep[] {
	return pages(sourceLanguage, docsDir)
		.filter(isStepPage)
		.filter((page) => phases.includes(page.frontmatter.phase as Phase) && typeof page.frontmatter.step === 'number')
		.map((page) => ({
			phase: page.frontmatter.phase as Phase,
			step: page.frontmatter.step as number,
			slug: page.slug,
			key: stepKeyOfSlug(page.slug)!,
		}))
		.sort(inStepOrder);
}
