import { z } from 'astro/zod';
import { completeLanguages, languageCodes } from '../languages.ts';

/**
 * A text in every language of the guide. A complete language (src/languages.ts) must have it: a missing one fails,
 * naming it; a language still in progress may leave it out, and readers get the English text.
 */
export function inEveryLanguage(what: string) {
	return z
		.record(z.string(), z.string(), { error: `${what} must have one line per language (${languageCodes.join(', ')}).` })
		.superRefine((text, ctx) => {
			for (const lang of completeLanguages) {
				if (text[lang] === undefined)
					ctx.addIssue({
						code: 'custom',
						path: [lang],
						message: `the ${lang} text of ${what} is missing: add a line \`${lang}: …\` with it.`,
					});
				else if (!text[lang].trim())
					ctx.addIssue({ code: 'custom', path: [lang], message: `the ${lang} text of ${what} is empty.` });
			}
		});
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
	.object({
		id: itemId,
		text: z.record(z.string(), z.string(), { error: 'each item needs `text:` with one line per language.' }),
	})
	.superRefine(({ id, text }, ctx) => {
		for (const lang of completeLanguages) {
			if (!text[lang]?.trim()) {
				ctx.addIssue({
					code: 'custom',
					path: ['text', lang],
					message: `item \`${id}\`: the ${lang} text is missing: add a line \`${lang}: …\` under its \`text:\`.`,
				});
			}
		}
	});

/** content/checklists/<phase>/<step>.yaml: the checklist of one step, in every language. */
export const checklistSchema = z.object({
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
});

/** content/glossary.yaml: one entry per term, in every language. */
export const glossarySchema = z.object({
	term: inEveryLanguage('this term'),
	definition: inEveryLanguage('this definition'),
	/** Forms a page in that language must not use (for example an untranslated English word). */
	avoid: z.partialRecord(z.enum(languageCodes as [string, ...string[]]), z.array(z.string().min(1))).optional(),
});
