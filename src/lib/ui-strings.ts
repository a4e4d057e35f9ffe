import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageCodes } from '../languages.ts';
import { interpolate } from '../common/interpolate.ts';
import { root } from './content.ts';

/** A language's interface strings, content/i18n/<lang>.json, for code that runs outside a page (config, checks). */
export function uiStrings(lang: string, base = root): Record<string, string> {
	const file = join(base, 'content', 'i18n', `${lang}.json`);
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
	} catch (error) {
		throw new Error(
			`content/i18n/${lang}.json could not be read: ${(error as Error).message}. Each language in src/languages.ts needs this file of interface strings: copy content/i18n/en.json and translate its values.`,
			{ cause: error },
		);
	}
}

/** Every language's interface strings, by language code. */
export const stringsByLanguage = (): Record<string, Record<string, string>> =>
	Object.fromEntries(languageCodes.map((lang) => [lang, uiStrings(lang)]));

export { interpolate };
