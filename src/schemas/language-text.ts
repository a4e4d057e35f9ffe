import { completeLanguages, languageCodes } from '../languages.ts';

/**
 * A text that marks something still to write rather than a text: `TODO`, `TBD`, `...`, `por traducir`. The markers
 * that are also words count only in capitals (Spanish writes «Todo el equipo…», and «Todo» may be a whole label);
 * the others count in any case, as the whole text, without the punctuation around it. `TODO: translate` counts too.
 * Shared by every language's checks.
 */
const placeholderPhrases = ['tbd', 'tba', 'fixme', 'xxx', 'por traducir', 'sin traducir', 'traducción pendiente'];

export function isPlaceholder(text: string): boolean {
	const bare = text.trim().replace(/^[\s.…?!:;¿¡()[\]-]+|[\s.…?!:;¿¡()[\]-]+$/g, '');
	return (
		bare === '' ||
		placeholderPhrases.includes(bare.toLowerCase()) ||
		/^(TODO|TBD|TBA|FIXME|XXX|WIP)(?![\p{L}\p{N}])/u.test(bare)
	);
}

/** The kinds of mistake in a text, which src/checks/explained.ts also explains in the text's language. */
export type TextMistake = 'notLines' | 'unknownLanguage' | 'missing' | 'empty' | 'notText' | 'placeholder' | 'copied';

/** One problem with a text in one language: where it is (below the text's own key), its kind, what to do. */
export interface LanguageTextIssue {
	path: string[];
	message: string;
	kind: TextMistake;
	lang?: string;
}

/** How a message names a text: `the es text of this term`, `item \`id\`: the es text`. */
export interface TextName {
	/** The whole text: `this term`. */
	whole: string;
	/** `the es text of this term`. */
	of: (lang: string) => string;
	/** Where the line goes: ` under its \`text:\``. */
	where: string;
}

const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * What is wrong with a text that every language writes (`en: …`, `es: …` below it): not such a group of lines, a
 * language the guide does not have, a complete language's line missing, empty, not text, or a placeholder.
 */
export function languageTextIssues(value: unknown, name: TextName): LanguageTextIssue[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return [
			{
				path: [],
				kind: 'notLines',
				message: `${name.whole} must have one line per language below it, each starting with the language's code: ${languageCodes.map((lang) => `\`${lang}: …\``).join(', ')}.`,
			},
		];
	const text = value as Record<string, unknown>;
	const issues: LanguageTextIssue[] = [];
	for (const key of Object.keys(text))
		if (!languageCodes.includes(key))
			issues.push({
				path: [key],
				kind: 'unknownLanguage',
				message: `\`${key}:\` is not a language of the guide: each line starts with one of ${languageCodes.join(', ')} (src/languages.ts).`,
			});
	for (const lang of languageCodes) {
		const line = text[lang];
		if (line === undefined) {
			if (completeLanguages.includes(lang))
				issues.push({
					path: [lang],
					lang,
					kind: 'missing',
					message: `${name.of(lang)} is missing: add a line \`${lang}: …\`${name.where}.`,
				});
		} else if (line === null || (typeof line === 'string' && !line.trim()))
			issues.push({
				path: [lang],
				lang,
				kind: 'empty',
				message: `${name.of(lang)} is empty: write it after \`${lang}:\`.`,
			});
		else if (typeof line !== 'string')
			issues.push({
				path: [lang],
				lang,
				kind: 'notText',
				message: `${name.of(lang)} must be one line of text: ${typeof line === 'object' ? 'write it on the line of' : 'put it in double quotes after'} \`${lang}:\`.`,
			});
		else if (isPlaceholder(line))
			issues.push({
				path: [lang],
				lang,
				kind: 'placeholder',
				message: `${name.of(lang)} is "${shown(line.trim())}", which marks a text still to write: write the text itself.`,
			});
	}
	return issues;
}
