import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { languageCodes } from '../languages.ts';
import { formPattern } from '../lib/terminology.ts';
import type { Guide, Problem } from './guide.ts';

interface LanguageStyle {
	/** The pair of quotation marks readers see in this language, such as `« »`. */
	quotes?: string;
	avoid?: {
		forms: string[];
		use: string;
		why?: Record<string, string>;
		/** How many times a page may use the form before it fails, such as a long link text named in full once. */
		perPage?: number;
		/** The form fails only where a sentence or an item begins, as an order does («Enumera…»), not inside one. */
		atSentenceStart?: boolean;
	}[];
}

const quotationMarks = ['"', '“', '”', '«', '»', '„'];

/** Strips what readers do not see from a line of MDX: code, link addresses, tags and their attributes. */
const visibleInMdx = (line: string) =>
	line
		// A code span opens and closes with the same number of backticks: ``a `b` "c"`` is code throughout.
		.replace(/(`+)(?!`).*?[^`]\1(?!`)/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\{[^}]*\}/g, ' ');

/** A YAML scalar as readers see it: without the quotes that only YAML needs around it. */
const yamlValue = (value: string) => {
	const trimmed = value.trim();
	const quoted = /^(["'])(.*)\1$/.exec(trimmed);
	return quoted ? quoted[2]! : trimmed;
};

/** Each line of a file that a reader sees in `lang`, with its number (1-based), as text. */
function visibleLines(file: string, text: string, lang: string): { line: number; text: string }[] {
	const lines = text.split('\n');
	if (file.endsWith('.json')) {
		return lines.flatMap((line, index) => {
			const value = /^\s*"[^"]+":\s*("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
			return value ? [{ line: index + 1, text: JSON.parse(value) as string }] : [];
		});
	}
	if (file.endsWith('.yaml')) {
		// Checklists and glossary: only the values written in `lang`.
		const key = new RegExp(`^\\s*(?:- )?${lang}:\\s*(.+)$`);
		return lines.flatMap((line, index) => {
			const value = key.exec(line)?.[1];
			return value ? [{ line: index + 1, text: yamlValue(value) }] : [];
		});
	}
	const visible: { line: number; text: string }[] = [];
	let inFrontmatter = false;
	let inCode = false;
	lines.forEach((line, index) => {
		if (index === 0 && line.trim() === '---') return void (inFrontmatter = true);
		if (inFrontmatter) {
			if (line.trim() === '---') return void (inFrontmatter = false);
			const value = /^\s*(?:- )?(?:[\w-]+:)?\s*(.*)$/.exec(line)?.[1] ?? '';
			if (/^sourceFingerprint:|^\s*(url|link|href):/.test(line)) return;
			return void visible.push({ line: index + 1, text: yamlValue(value) });
		}
		if (/^\s*(```|~~~)/.test(line)) return void (inCode = !inCode);
		if (inCode || /^\s*(import|export)\s/.test(line)) return;
		visible.push({ line: index + 1, text: visibleInMdx(line) });
	});
	return visible;
}

/** Every file whose text readers see in `lang`: its pages, its interface strings, checklists and glossary. */
const filesIn = (guide: Guide, lang: string) => [
	...guide.pages.filter((page) => page.lang === lang).map((page) => page.file),
	`content/i18n/${lang}.json`,
	...guide.checklists.map(({ file }) => file),
	'content/glossary.yaml',
	'content/plan.yaml',
	'content/kit/messages.yaml',
];

/** A form that only an order is: at the start of a line, an item, a sentence or a clause after a colon, past any marks. */
const atSentenceStartPattern = (form: string) =>
	new RegExp(`(?<=(?:^|[.!?:;])[^\\p{L}\\p{N}]*)${formPattern(form).source}`, 'iu');

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

/** Why a rule stands, in English and in the language it is for, after the fix: ` In Mexico… / En México…`. */
const reason = (why: Record<string, string> | undefined, lang: string) => {
	const texts = [why?.en, lang === 'en' ? undefined : why?.[lang]].filter(Boolean);
	return texts.length ? ` Why: ${texts.join(' / ')}.` : '';
};

/**
 * Text a reader sees uses its language's quotation marks and none of the forms the style guide rejects
 * (content/style.yaml), each problem on its line with the word and the fix.
 */
export function styleProblems(guide: Guide): Problem[] {
	const styles = parse(readFileSync(join(guide.root, 'content', 'style.yaml'), 'utf8')) as Record<
		string,
		LanguageStyle
	>;
	return languageCodes.flatMap((lang) => {
		const style = styles[lang];
		if (!style) return [];
		const [open, close] = style.quotes?.split(' ') ?? [];
		const wrongQuotes = quotationMarks.filter((mark) => style.quotes && mark !== open && mark !== close);
		const rules = (style.avoid ?? []).flatMap(({ forms, use, why, perPage, atSentenceStart }) =>
			forms.map((form) => ({
				form,
				use,
				why: reason(why, lang),
				perPage: perPage ?? 0,
				pattern: atSentenceStart ? atSentenceStartPattern(form) : formPattern(form),
			})),
		);
		return filesIn(guide, lang).flatMap((file) => {
			let text: string;
			try {
				text = readFileSync(join(guide.root, file), 'utf8');
			} catch {
				return [];
			}
			// How many times the page has used each form limited per page, up to the line being read.
			const used = new Map<string, number>();
			return visibleLines(file, text, lang).flatMap(({ line, text: visible }) => {
				const found: Problem[] = [];
				const mark = wrongQuotes.find((quote) => visible.includes(quote));
				if (mark)
					found.push({
						file,
						line,
						message: `uses the quotation mark ${mark}: text in ${lang} quotes ${open}like this${close} (the style guide, content/style.yaml).`,
					});
				for (const rule of rules) {
					if (rule.perPage) {
						const words = visible.match(new RegExp(rule.pattern.source, 'giu')) ?? [];
						const before = used.get(rule.form) ?? 0;
						used.set(rule.form, before + words.length);
						if (words.length && before + words.length > rule.perPage)
							found.push({
								file,
								line,
								message: `uses "${words.at(-1)}" more than ${times(rule.perPage)} on the page: write "${rule.use}" instead.${rule.why} (The style guide's list for ${lang}, content/style.yaml.)`,
							});
						continue;
					}
					const word = rule.pattern.exec(visible)?.[0];
					if (word)
						found.push({
							file,
							line,
							message: `uses "${word}": write "${rule.use}" instead.${rule.why} (The style guide's list for ${lang}, content/style.yaml.)`,
						});
				}
				return found;
			});
		});
	});
}
