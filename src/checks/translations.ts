import { completeLanguages, languageCodes, sourceLanguage } from '../languages.ts';
import { pageTextOfFile } from '../lib/page-texts.ts';
import { translationStatus } from '../lib/translations.ts';
import type { Guide, Problem } from './guide.ts';

/**
 * Translations that say which English text they translate. In a complete language, a translation without
 * `sourceFingerprint` (a new page) fails, with the line to add; an outdated one is a notice, with the line to set.
 */
export function translationProblems(guide: Guide): Problem[] {
	const texts = guide.pages.map(pageTextOfFile);
	return translationStatus(texts, languageCodes, sourceLanguage).flatMap((page) =>
		Object.entries(page.languages).flatMap(([lang, { state, file }]): Problem[] => {
			const line = `sourceFingerprint: ${page.fingerprint}`;
			if (state === 'not recorded') {
				// A language still in progress is told, not stopped.
				return [
					{
						file,
						severity: completeLanguages.includes(lang) ? 'error' : 'notice',
						message: `does not record which English text it translates. When it says what ${page.source} says now, add this line between its --- lines: ${line}`,
					},
				];
			}
			if (state === 'outdated') {
				return [
					{
						file,
						severity: 'notice',
						message: `is outdated: ${page.source} changed after it was translated. Bring the translation up to date, then set: ${line}`,
					},
				];
			}
			return [];
		}),
	);
}
