import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
						kind: 'notRecorded',
						severity: completeLanguages.includes(lang) ? 'error' : 'notice',
						message: `does not record which English text it translates. When it says what ${page.source} says now, add this line between its --- lines: ${line}`,
					},
				];
			}
			if (state === 'outdated') {
				return [
					{
						file,
						kind: 'outdated',
						severity: 'notice',
						message: `is outdated: ${page.source} changed after it was translated. Bring the translation up to date, then set: ${line}`,
					},
				];
			}
			return [];
		}),
	);
}

/** Letters and words that every language writes alike, from content/style.yaml (`sameAsEnglish` of a language). */
function sameAsEnglishOf(guide: Guide, lang: string): string[] {
	try {
		const style = parse(readFileSync(join(guide.root, 'content/style.yaml'), 'utf8')) as Record<
			string,
			{ sameAsEnglish?: unknown } | undefined
		>;
		const words = style?.[lang]?.sameAsEnglish;
		return Array.isArray(words) ? words.filter((word): word is string => typeof word === 'string') : [];
	} catch {
		// The style check names a broken content/style.yaml.
		return [];
	}
}

/**
 * Whether a translation may be the English text unchanged: when nothing in it is a word to translate. Addresses,
 * e-mails, `{{placeholders}}`, numbers and the words of `sameAsEnglish` (names such as WhatsApp) are left out; if no
 * letter remains, the text is the same in every language.
 */
export function isSameInEveryLanguage(text: string, sameAsEnglish: string[]): boolean {
	// The listed words first, as they may hold digits (A4, UCS-2); then addresses, placeholders and numbers.
	let rest = text;
	for (const word of sameAsEnglish)
		rest = rest.replace(
			new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'),
			' ',
		);
	rest = rest
		.replace(/https?:\/\/\S+|[\w.+-]+@[\w-]+\.[\w.]+/g, ' ')
		.replace(/\{\{?[^}]*\}\}?/g, ' ')
		.replace(/\p{N}+/gu, ' ');
	return !/\p{L}/u.test(rest);
}

/** Every text of a data file written in both `lang` and English, with its path (`items.an-item-id.text`). */
function textPairs(
	data: unknown,
	lang: string,
	path: string[] = [],
): { path: string; english: string; text: string }[] {
	if (Array.isArray(data))
		return data.flatMap((entry, index) =>
			textPairs(entry, lang, [
				...path,
				typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : String(index),
			]),
		);
	if (typeof data !== 'object' || data === null) return [];
	const record = data as Record<string, unknown>;
	const here =
		typeof record[sourceLanguage] === 'string' && typeof record[lang] === 'string'
			? [{ path: path.join('.'), english: record[sourceLanguage], text: record[lang] }]
			: [];
	return [...here, ...Object.entries(record).flatMap(([key, value]) => textPairs(value, lang, [...path, key]))];
}

/**
 * A translation that is the English text copied unchanged is no translation: checklist items, glossary terms, the
 * plan's parts, message templates and interface strings. A text with no word to translate passes
 * (`isSameInEveryLanguage`).
 */
export function copiedEnglishProblems(guide: Guide): Problem[] {
	return languageCodes
		.filter((lang) => lang !== sourceLanguage)
		.flatMap((lang) => {
			const same = sameAsEnglishOf(guide, lang);
			const copied = (english: string, text: string) =>
				text.trim() === english.trim() && text.trim() !== '' && !isSameInEveryLanguage(text, same);
			const advice = `translate it into ${lang}. If it is a name or a word that ${lang} writes as English does, add that word to \`sameAsEnglish\` under \`${lang}:\` in content/style.yaml.`;
			const english = guide.strings[sourceLanguage]?.data as Record<string, unknown> | undefined;
			const strings = guide.strings[lang]?.data as Record<string, unknown> | undefined;
			const fromStrings: Problem[] = Object.entries(strings ?? {}).flatMap(([key, text]) =>
				typeof text === 'string' && typeof english?.[key] === 'string' && copied(english[key], text)
					? [
							{
								file: `content/i18n/${lang}.json`,
								kind: 'copied',
								lang,
								where: `"${key}"`,
								message: `"${key}" is the English text copied unchanged ("${text}"): ${advice}`,
							},
						]
					: [],
			);
			const files = [...guide.checklists, guide.glossary, guide.plan, guide.messages];
			const fromData = files.flatMap(({ file, data }) => {
				const lines = data ? readFileSync(join(guide.root, file), 'utf8').split('\n') : [];
				return textPairs(data, lang).flatMap(({ path, english: source, text }): Problem[] => {
					if (!copied(source, text)) return [];
					const index = lines.findIndex(
						(line) => line.trim().startsWith(`${lang}:`) && line.includes(text.trim().slice(0, 30)),
					);
					return [
						{
							file,
							line: index === -1 ? undefined : index + 1,
							kind: 'copied',
							lang,
							where: path,
							message: `${path}: the ${lang} text is the English text copied unchanged: ${advice}`,
						},
					];
				});
			});
			return [...fromStrings, ...fromData];
		});
}
