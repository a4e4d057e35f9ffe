import { parse } from 'yaml';
import { fieldKey } from '../common/plan/model.ts';
import { planSchema, type PlanLayout } from '../schemas/plan.ts';
import { stepSlug } from './step-order.ts';

export const planFile = 'content/plan.yaml';

/** A step of the process and how many outputs its English page lists. */
export interface StepOutputs {
	key: string;
	count: number;
}

/**
 * Where each step output goes in the printed plan: every part's fields in order, and what is wrong with the layout
 * (a step that does not exist, an output placed twice or nowhere), in words a contributor can act on.
 */
export function placeOutputs(layout: PlanLayout, steps: StepOutputs[]) {
	const problems: { message: string; ref?: string }[] = [];
	const countOf = new Map(steps.map(({ key, count }) => [key, count]));
	const wholeSteps = new Map<string, string>();
	const singleOutputs = new Map<string, string>();
	const entries = [
		...layout.parts.flatMap((part) => part.outputs.map((ref) => ({ ref, where: `part \`${part.id}\`` }))),
		...layout.thisPlan.map((ref) => ({ ref, where: '`thisPlan`' })),
	];
	for (const { ref, where } of entries) {
		const [step = '', number] = ref.split('#');
		const count = countOf.get(step);
		if (count === undefined) {
			problems.push({
				ref,
				message: `${where} names \`${ref}\`, but there is no step page content/docs/en/${stepSlug(step)}.mdx: write the step as phase/step, as in its page's address.`,
			});
			continue;
		}
		const placed = number ? singleOutputs : wholeSteps;
		if (number && Number(number) > count) {
			problems.push({
				ref,
				message: `${where} names \`${ref}\`, but that step has ${count} outputs: number them from 1 to ${count}.`,
			});
			continue;
		}
		if (placed.has(ref)) {
			const first = placed.get(ref);
			problems.push({
				ref,
				message: `\`${ref}\` is ${first === where ? `listed twice in ${where}` : `in ${first} and in ${where}`}: keep it in one place only.`,
			});
			continue;
		}
		placed.set(ref, where);
	}
	for (const { key, count } of steps) {
		for (let output = 1; output <= count; output++) {
			if (!singleOutputs.has(fieldKey(key, output)) && !wholeSteps.has(key))
				problems.push({
					message: `output ${output} of the step ${key} is in no part of the plan: add \`${key}\` or \`${fieldKey(key, output)}\` to a part's \`outputs\`.`,
				});
		}
	}
	for (const [what, { step, part }] of Object.entries(layout.added)) {
		if (!countOf.has(step))
			problems.push({
				ref: step,
				message: `\`added.${what}.step\` is \`${step}\`, but there is no step page content/docs/en/${stepSlug(step)}.mdx: write the step as phase/step, as in its page's address.`,
			});
		if (!layout.parts.some(({ id }) => id === part))
			problems.push({
				ref: part,
				message: `\`added.${what}.part\` is \`${part}\`, but no part has that \`id\`: use one of ${layout.parts.map(({ id }) => id).join(', ')}.`,
			});
	}
	const isThisPlan = (key: string) => layout.thisPlan.includes(key);
	const fields = (ref: string): string[] => {
		if (ref.includes('#')) return isThisPlan(ref) ? [] : [ref];
		const count = countOf.get(ref) ?? 0;
		return Array.from({ length: count }, (_, index) => fieldKey(ref, index + 1)).filter(
			(key) => !singleOutputs.has(key),
		);
	};
	const parts = layout.parts.map((part) => ({ ...part, fields: [...new Set(part.outputs.flatMap(fields))] }));
	return { parts, problems };
}

/** The plan's layout from the text of content/plan.yaml; the content checks have said what is wrong with it, if anything. */
export function parsePlanLayout(text: string): PlanLayout {
	const result = planSchema.safeParse(parse(text));
	if (!result.success)
		throw new Error(
			`${planFile}: ${result.error.issues.map((issue) => issue.message).join(' ')} (npm run check says more)`,
		);
	return result.data;
}
