import { z } from 'astro/zod';
import {
	costItems,
	costLevels,
	deliveryTimes,
	methodChannels,
	methodOrigins,
	methodPurposes,
	recruitRoutes,
	sayLevels,
} from '../common/method-values.ts';

export * from '../common/method-values.ts';
import { isPlaceholder } from './language-text.ts';

/**
 * A method card's fields (content/docs/<lang>/methods/<slug>.mdx, under `method:`). What does not depend on the
 * language (where the method comes from, how much say it gives, its group size, channels, cost items, recruitment
 * routes and related cards) is written once, in the English card; each language writes its own words (times,
 * skills, materials, other names, sources). Every value of a list below has its label in content/i18n/, as
 * `guide.method.<list>.<value>`.
 */

const oneOf = <const T extends readonly [string, ...string[]]>(field: string, values: T, what: string) =>
	z.enum(values, { error: `\`${field}\` must be one of ${values.join(', ')}: ${what}.` });

const listOf = <const T extends readonly [string, ...string[]]>(field: string, values: T, what: string) =>
	z
		.array(oneOf(field, values, what), {
			error: `\`${field}\` must be a list, one value per line starting with "- ", each one of ${values.join(', ')}: ${what}.`,
		})
		.min(1, `\`${field}\` needs at least one value (${values.join(', ')}): ${what}.`);

const text = (field: string, what: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined || issue.input === null
					? `\`${field}\` is missing or empty: write ${what}.`
					: `\`${field}\` must be text: ${what}.`,
		})
		.trim()
		.min(1, { error: `\`${field}\` is empty: write ${what}.`, abort: true })
		.refine((value) => !isPlaceholder(value), {
			error: (issue) =>
				`\`${field}\` is "${String(issue.input).trim()}", which marks a text still to write: write ${what}.`,
		});

const texts = (field: string, what: string) =>
	z
		.array(text(field, what), {
			error: `\`${field}\` must be a list, one item per line starting with "- ": ${what}.`,
		})
		.min(1, `\`${field}\` needs at least one item: ${what}.`);

const people = (field: string) =>
	z
		.number({ error: `\`${field}\` must be a whole number of people, without quotes.` })
		.int(`\`${field}\` must be a whole number of people.`)
		.positive(`\`${field}\` must be 1 or more people.`);

/** What each fact is, for the checks' messages. */
export const methodFactHelp = {
	origin: `where the method comes from: one of ${methodOrigins.join(', ')}`,
	purposes: `what the method gives you, as a list of ${methodPurposes.join(', ')}`,
	say: `how much say participants can get with it, as a list of ${sayLevels.join(', ')}`,
	groupSize: 'the group size, as advice: `min:` and `max:` below it (leave out `max:` for "or more")',
	delivery: `how long from preparation to results, as advice: one of ${deliveryTimes.join(', ')}`,
	channels: `how people take part, as a list of ${methodChannels.join(', ')}`,
	offline: 'true or false: whether the method works without a connection',
	costs: `what it can cost, as a list of ${costItems.join(', ')}`,
	cost: `what it costs against the other methods, as our estimate: one of ${costLevels.join(', ')}`,
	recruit: `how participants are found, as a list of ${recruitRoutes.join(', ')}`,
	related: 'the file names of related cards, without .mdx, as a list',
} as const;

/** The facts written once, in the English card. */
export const methodFacts = {
	origin: oneOf('method.origin', methodOrigins, 'where the method comes from'),
	purposes: listOf('method.purposes', methodPurposes, 'what the method gives you'),
	say: listOf('method.say', sayLevels, 'how much say participants can get with it'),
	groupSize: z
		.object(
			{
				min: people('method.groupSize.min'),
				/** Leave it out for "or more". */
				max: people('method.groupSize.max').optional(),
			},
			{
				error:
					'`method.groupSize` must have `min:` (and `max:`, unless there is no upper limit) below it: the number of people, as advice.',
			},
		)
		.refine(({ min, max }) => max === undefined || max >= min, {
			message: '`method.groupSize.max` is smaller than `min`: write the smaller number as `min`.',
		}),
	delivery: oneOf('method.delivery', deliveryTimes, 'how long from preparation to results, as advice'),
	channels: listOf('method.channels', methodChannels, 'how people take part'),
	offline: z.boolean({
		error: '`method.offline` must be true or false, without quotes: whether the method works without a connection.',
	}),
	costs: listOf('method.costs', costItems, 'what the method can cost, as items'),
	cost: oneOf('method.cost', costLevels, 'what it costs against the other methods, as our estimate'),
	recruit: listOf('method.recruit', recruitRoutes, 'how participants are found'),
	related: texts('method.related', 'the file names of related cards, without .mdx (for example interview)'),
};
export type MethodFactName = keyof typeof methodFacts;
export const methodFactNames = Object.keys(methodFacts) as MethodFactName[];

/** The words each language writes. */
export const methodTexts = {
	time: z.object(
		{
			preparation: text('method.time.preparation', 'how long preparing takes, as advice (for example "1–2 weeks")'),
			session: text('method.time.session', 'how long the session itself takes, as advice (for example "90 minutes")'),
			analysis: text('method.time.analysis', 'how long analysing the results takes, as advice (for example "2 days")'),
		},
		{
			error:
				'`method.time` must have three lines below it, `preparation:`, `session:` and `analysis:`, each with a duration as advice.',
		},
	),
	skills: texts('method.skills', 'the skills the team needs to run the method'),
	materials: texts('method.materials', 'what to bring or prepare'),
	/** Other names people use for the method, so that search finds it by them. */
	alsoCalled: z
		.array(text('method.alsoCalled', 'another name people use for the method'), {
			error: '`method.alsoCalled` must be a list of other names, one per line starting with "- ".',
		})
		.optional(),
	sources: z
		.array(
			z.object({
				title: text('method.sources.title', 'the title of the source'),
				url: z.url({ error: 'each source needs `url:`, its full address starting with https://' }),
			}),
			{ error: '`method.sources` must be a list of sources, each with `title:` and `url:`.' },
		)
		.min(1, '`method.sources` needs at least one source: the framework, a pilot, or the source of the advice.'),
};
export type MethodTextName = keyof typeof methodTexts;
export const methodTextNames = Object.keys(methodTexts) as MethodTextName[];

/** A card's `method:` in any language: the check (src/checks/methods.ts) says which parts each language needs. */
export const methodFrontmatter = z.object(
	{
		...(Object.fromEntries(methodFactNames.map((name) => [name, methodFacts[name].optional()])) as {
			[K in MethodFactName]: z.ZodOptional<(typeof methodFacts)[K]>;
		}),
		...(Object.fromEntries(methodTextNames.map((name) => [name, methodTexts[name].optional()])) as {
			[K in MethodTextName]: z.ZodOptional<(typeof methodTexts)[K]>;
		}),
	},
	{
		error: "`method` must hold the card's fields, one per line below it (see content/docs/en/methods/focus-group.mdx).",
	},
);

/**
 * The sections a card writes, in order; each heading is an interface string, `guide.methodSection.<key>`. Its related
 * cards and its sources follow, drawn from the frontmatter (`methodEndSections`).
 */
export const methodSections = [
	'gives',
	'how',
	'offline',
	'leftOut',
	'recruit',
	'consent',
	'record',
	'pitfalls',
	'example',
] as const;
export const methodEndSections = ['related', 'sources'] as const;
