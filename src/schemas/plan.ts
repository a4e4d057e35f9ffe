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

const part = z
	.object({
		id: z
			.string({ error: 'each part needs an `id`: a short name in lowercase letters and hyphens that never changes.' })
			.regex(/^[a-z]+(-[a-z]+)*$/, 'a part `id` uses only lowercase letters and hyphens (for example `purpose`).'),
		title: inEveryLanguage("the part's `title`"),
		about: inEveryLanguage("the part's `about` (what to write in it, in one sentence)"),
		outputs: z
			.array(outputRef, { error: '`outputs` must be a list of steps or outputs, one per line starting with "- ".' })
			.min(1, 'a part needs at least one entry in `outputs`.'),
	})
	.strict();

/** Where one addition to the step outputs goes: on screen, in a step's section after its outputs; on paper, in a part. */
const place = (what: string) =>
	z.object(
		{
			step: z
				.string({ error: `\`added.${what}.step\` is the step whose section shows ${what} on screen, as phase/step.` })
				.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, `write \`added.${what}.step\` as phase/step (\`execution/build-trust\`).`),
			part: z.string({ error: `\`added.${what}.part\` is the \`id\` of the part that prints ${what}.` }),
		},
		{ error: `\`added.${what}\` needs \`step:\` and \`part:\` below it: where ${what} shows on screen and on paper.` },
	);

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
	/** What the plan holds beyond the step outputs: the level of say with the promise, and the methods chosen. */
	added: z.object(
		{ promise: place('the level of say and the promise'), methods: place('the methods chosen from the cards') },
		{ error: '`added` needs `promise:` and `methods:` below it, each with `step:` and `part:`.' },
	),
});

export type PlanLayout = z.infer<typeof planSchema>;
export type PlanPart = PlanLayout['parts'][number];
