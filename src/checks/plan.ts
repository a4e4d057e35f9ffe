import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceLanguage } from '../languages.ts';
import { isStepPage } from '../lib/process.ts';
import { stepKeyOfSlug } from '../lib/step-order.ts';
import { placeOutputs } from '../lib/plan.ts';
import { planSchema } from '../schemas/plan.ts';
import type { Guide, Problem } from './guide.ts';
import { issueLine } from './plain-issue.ts';

const outputsOf = (frontmatter: Record<string, unknown>) =>
	Array.isArray(frontmatter.outputs) ? frontmatter.outputs.length : undefined;

/**
 * content/plan.yaml places every step output in one part of the reader's plan; a translated step page lists as many
 * outputs as the English one, because a reader's answers are kept by the output's place in the list.
 */
export function planProblems(guide: Guide): Problem[] {
	const { file, data, problem } = guide.plan;
	if (problem) return [problem];
	const steps = guide.pages
		.filter((page) => page.lang === sourceLanguage && isStepPage(page))
		.flatMap((page) => {
			const count = outputsOf(page.frontmatter);
			return count ? [{ key: stepKeyOfSlug(page.slug)!, count }] : [];
		});
	const translations: Problem[] = guide.pages
		.filter((page) => page.lang !== sourceLanguage && isStepPage(page))
		.flatMap((page) => {
			const count = outputsOf(page.frontmatter);
			const source = steps.find(({ key }) => key === stepKeyOfSlug(page.slug));
			if (!source || count === undefined || count === source.count) return [];
			return [
				{
					file: page.file,
					message: `lists ${count} outputs and the English page ${source.count}: translate each output of content/docs/${sourceLanguage}/${page.inLanguage}, in the same order (a reader's plan keeps each answer by the output's place in the list).`,
				},
			];
		});
	const result = planSchema.safeParse(data);
	if (!result.success)
		return [...result.error.issues.map((issue) => ({ file, message: issueLine(issue) })), ...translations];
	// A problem with one entry points to its line, the last one naming it (a repeated entry's second place).
	const lines = readFileSync(join(guide.root, file), 'utf8').split('\n');
	const lineOf = (ref?: string) => {
		const index = ref
			? lines.findLastIndex(
					(line) =>
						line.trim() === `- ${ref}` || (/^(step|part): /.test(line.trim()) && line.trim().endsWith(`: ${ref}`)),
				)
			: -1;
		return index === -1 ? undefined : index + 1;
	};
	return [
		...placeOutputs(result.data, steps).problems.map(({ message, ref }) => ({ file, line: lineOf(ref), message })),
		...translations,
	];
}
