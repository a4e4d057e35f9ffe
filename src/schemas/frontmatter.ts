import { z } from 'astro/zod';
import { isPlaceholder } from './language-text.ts';
import { methodFrontmatter } from './method.ts';

export const phases = ['prework', 'execution', 'postwork'] as const;
export type Phase = (typeof phases)[number];

const text = (field: string, what: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `\`${field}\` is missing: add ${what}.`
					: issue.input === null
						? `\`${field}\` is empty: write ${what}.`
						: `\`${field}\` must be text: ${what} (put it in double quotes if it is a number or starts with a symbol).`,
		})
		.trim()
		.min(1, { error: `\`${field}\` is empty: write ${what}.`, abort: true })
		.refine((value) => !isPlaceholder(value), {
			error: (issue) =>
				`\`${field}\` is "${String(issue.input).trim()}", which marks a text still to write: write ${what}.`,
		});

const list = (field: string, what: string) =>
	z
		.array(text(field, what), {
			error: (issue) =>
				issue.input === undefined
					? `\`${field}\` is missing: add ${what}, as a list, one item per line starting with "- ".`
					: `\`${field}\` must be a list, one item per line starting with "- ": ${what}.`,
		})
		.min(1, `\`${field}\` needs at least one item: ${what}.`);

/**
 * The guide's own frontmatter fields, added to Starlight's. A step page sets `outputs`, `roles` and `time` in every
 * language; its `phase` and `step` (its place in the process) are written once, in the English page only.
 */
export const stepFields = {
	phase: z.enum(phases, {
		error: `\`phase\` must be one of ${phases.join(', ')}: the phase this step belongs to.`,
	}),
	step: z
		.number({
			error: '`step` must be a whole number without quotes (1, 2, 3…): the order of the step within its phase.',
		})
		.int('`step` must be a whole number (1, 2, 3…): the order of the step within its phase.')
		.positive('`step` must be 1 or more: the order of the step within its phase.'),
	outputs: list('outputs', 'what the reader holds at the end of the step'),
	roles: list('roles', 'who takes part in the step'),
	time: z.object(
		{
			preparation: text('time.preparation', 'how long to plan for preparing, as advice (for example "2–3 hours")'),
			session: text('time.session', 'how long the session itself takes, as advice (for example "90 minutes")'),
		},
		{ error: '`time` must have two lines below it, `preparation:` and `session:`, each with a duration as advice.' },
	),
};

/** A case study's facts at a glance, shown under its title; every source needs its address. */
export const caseStudyFields = z.object(
	{
		country: text('caseStudy.country', 'the country where the pilot took place'),
		place: text('caseStudy.place', 'the place: neighbourhood, city or district, and region'),
		partners: list('caseStudy.partners', 'the organisations that ran the pilot'),
		period: text('caseStudy.period', 'when it happened, as the sources date it'),
		topic: text('caseStudy.topic', 'what the pilot was about, in a few words'),
		methods: list('caseStudy.methods', 'the participatory methods used'),
		tools: list(
			'caseStudy.tools',
			'the tools used, as the sources name them (write "None named in the sources" if none)',
		),
		dataAvailability: text('caseStudy.dataAvailability', 'what data or results were published, and what was not'),
		steps: list(
			'caseStudy.steps',
			'the steps this case illustrates, as phase/step, for example prework/identify-stakeholders',
		),
		sources: z
			.array(
				z.object({
					title: text('caseStudy.sources.title', 'the title of the source'),
					url: z.url({ error: 'each source needs `url:`, its full address starting with https://' }),
				}),
				{ error: '`caseStudy.sources` must be a list of sources, each with `title:` and `url:`.' },
			)
			.min(1, '`caseStudy.sources` needs at least one source.'),
	},
	{
		error:
			"`caseStudy` must hold the case study's facts: country, place, partners, period, topic, methods, tools, dataAvailability, steps and sources.",
	},
);

type StepField = keyof typeof stepFields;
const stepFieldNames = Object.keys(stepFields) as StepField[];
/** The fields every language's step page has; `phase` and `step` are in the English page only. */
const translatedStepFields: StepField[] = ['outputs', 'roles', 'time'];

export const guideFrontmatter = z
	.object({
		title: text('title', "the page's title, the heading readers see at the top of the page"),
		description: text(
			'description',
			'one sentence that says what the page gives the reader (search engines show it too)',
		),
		...(Object.fromEntries(stepFieldNames.map((name) => [name, stepFields[name].optional()])) as {
			[K in StepField]: z.ZodOptional<(typeof stepFields)[K]>;
		}),
		caseStudy: caseStudyFields.optional(),
		/** A method card's fields: src/schemas/method.ts. */
		method: methodFrontmatter.optional(),
		/** In a translation: the fingerprint of the English text it was made from (`npm run translations`). */
		sourceFingerprint: z
			.string({
				error:
					'`sourceFingerprint` must be the 10-letter code that `npm run check` and the translation status give for the English page.',
			})
			.regex(
				/^[a-p]{10}$/,
				'`sourceFingerprint` must be the 10-letter code (letters a to p) that `npm run check` and the translation status give for the English page.',
			)
			.optional(),
	})
	.superRefine((page, ctx) => {
		const present = stepFieldNames.filter((name) => page[name] !== undefined);
		if (present.length === 0) return;
		const required = page.phase !== undefined || page.step !== undefined ? stepFieldNames : translatedStepFields;
		for (const name of required) {
			if (page[name] === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [name],
					message: `\`${name}\` is missing. A step page (one with ${present.map((p) => `\`${p}\``).join(', ')}) needs ${required.join(', ')}${required === translatedStepFields ? ' (and, in English only, phase and step)' : ''}.`,
				});
			}
		}
	});

export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
