import { z } from 'astro/zod';
import { languageCodes } from '../languages.ts';
import { languageTextIssues, type TextName } from './language-text.ts';

/** A language text's mistake as a zod issue: its kind and language travel in `params`, for src/checks/explained.ts. */
export function addTextIssues(ctx: z.RefinementCtx, value: unknown, name: TextName, path: (string | number)[] = []) {
	for (const { path: below, message, kind, lang } of languageTextIssues(value, name))
		ctx.addIssue({ code: 'custom', path: [...path, ...below], message, params: { kind, lang } });
}

/**
 * A text in every language of the guide. A complete language (src/languages.ts) must have it: a missing one fails,
 * naming it; a language still in progress may leave it out, and readers get the English text. An empty line, a
 * line that is not text, a placeholder such as `TODO` and a language the guide lacks fail, each named.
 */
export function inEveryLanguage(what: string) {
	return z
		.custom<Record<string, string>>(() => true)
		.superRefine((text, ctx) =>
			addTextIssues(ctx, text, { whole: what, of: (lang) => `the ${lang} text of ${what}`, where: ' with it' }),
		);
}

const itemId = z
	.string({
		error: 'each item needs an `id`: a short name in lowercase letters, digits and hyphens that never changes.',
	})
	.regex(
		/^[a-z0-9]+(-[a-z0-9]+)*$/,
		'an item `id` uses only lowercase letters, digits and hyphens (for example `name-the-problem`).',
	);

/** One checklist item: its id, and its text in every language (a missing language names the item). */
const checklistItem = z
	.object(
		{
			id: itemId,
			text: z.custom<Record<string, string>>((text) => text !== undefined, {
				error: 'each item needs `text:`, with one line per language below it (`en: …`, `es: …`).',
			}),
		},
		{
			error:
				'each item is a group of lines: `- id: a-short-name`, then `text:` with one line per language below it (copy an item above).',
		},
	)
	.strict()
	.superRefine(({ id, text }, ctx) =>
		addTextIssues(
			ctx,
			text,
			{
				whole: `item \`${id}\`'s \`text:\``,
				of: (lang) => `item \`${id}\`: the ${lang} text`,
				where: ' under its `text:`',
			},
			['text'],
		),
	);

/** content/checklists/<phase>/<step>.yaml: the checklist of one step, in every language. */
export const checklistSchema = z.object(
	{
		items: z
			.array(checklistItem, {
				error: 'a checklist file needs `items:`, a list of items, each with an `id` and a `text` in every language.',
			})
			.min(1, 'a checklist needs at least one item.')
			.superRefine((items, ctx) => {
				const seen = new Set<string>();
				items.forEach(({ id }, index) => {
					if (seen.has(id))
						ctx.addIssue({
							code: 'custom',
							path: [index, 'id'],
							message: `the item id \`${id}\` is used twice in this file: give each item its own id.`,
						});
					seen.add(id);
				});
			}),
	},
	{
		error:
			'this checklist file is empty or is not a checklist: it starts with `items:`, then the items, each with an `id` and its `text` in every language.',
	},
);

/** content/glossary.yaml: one entry per term, in every language. */
export const glossarySchema = z.object(
	{
		term: inEveryLanguage('this term'),
		definition: inEveryLanguage('this definition'),
		/** Forms a page in that language must not use (for example an untranslated English word). */
		avoid: z
			.partialRecord(
				z.enum(languageCodes as [string, ...string[]], {
					error: `each line under \`avoid:\` starts with a language of the guide: ${languageCodes.join(', ')}.`,
				}),
				z.array(
					z.string({ error: 'each form to avoid is a word or phrase of text.' }).min(1, 'a form to avoid is empty.'),
					{
						error: 'the forms to avoid are a list in brackets, such as `es: [stakeholder, stakeholders]`.',
					},
				),
				{ error: '`avoid:` has one line per language below it, such as `es: [stakeholder, stakeholders]`.' },
			)
			.optional(),
	},
	{
		error: 'each term is a group of lines below its name: `term:` and `definition:`, each with one line per language.',
	},
);
