import { z } from 'astro/zod';
import { inEveryLanguage } from './data.ts';

/** `prework/set-the-objective` (every output of the step) or `execution/build-trust#2` (its second output). */
export const outputRef = z
	.string({
		error:
			'each entry of `outputs` is a step, such as `prework/set-the-objective`, or one output, such as `execution/build-trust#2`.',
	})
	.regex(
		/^[a-z0-9-]+\/[a-z0-9-]+(#[1-9][0-9]*)?$/,
		'write a step as phase/step (`prework/set-the-objective`), or one of its outputs as phase/step#number (`execution/build-trust#2`, counted from 1).',
	);

const part = z.object({
	id: z
		.string({ error: 'each part needs an `id`: a short name in lowercase letters and hyphens that never changes.' })
		.regex(/^[a-z]+(-[a-z]+)*$/, 'a part `id` uses only lowercase letters and hyphens (for example `purpose`).'),
	title: inEveryLanguage("the part's `title`"),
	about: inEveryLanguage("the part's `about` (what to write in it, in one sentence)"),
	outputs: z
		.array(outputRef, { error: '`outputs` must be a list of steps or outputs, one per line starting with "- ".' })
		.min(1, 'a part needs at least one entry in `outputs`.'),
});

/** content/plan.yaml: the parts of the printed plan and the step outputs each gathers. */
export const planSchema = z.object({
	parts: z
		.array(part, {
			error: "`parts` must be a list of the plan's parts, each with `id`, `title`, `about` and `outputs`.",
		})
		.min(1, 'the plan needs at least one part.'),
	thisPlan: z
		.array(outputRef, { error: '`thisPlan` must be a list of outputs, one per line starting with "- ".' })
		.default([]),
});

export type PlanLayout = z.infer<typeof planSchema>;
export type PlanPart = PlanLayout['parts'][number];
