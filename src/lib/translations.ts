import { createHash } from 'node:crypto';

export type TranslationState = 'up to date' | 'outdated' | 'missing' | 'not recorded';

/** A page as the translation status needs it, read from the files or from the content collection. */
export interface PageText {
	/** The file, from the repository's root: `content/docs/es/about.mdx`. */
	file: string;
	lang: string;
	/** The page's path in every language: `process/prework/identify-stakeholders`, `` for a language's home. */
	slug: string;
	title?: unknown;
	description?: unknown;
	body: string;
	sourceFingerprint?: unknown;
}

export interface LanguageStatus {
	state: TranslationState;
	file: string;
	recorded?: string;
}

export interface PageStatus {
	slug: string;
	/** The English file, from the repository's root. */
	source: string;
	/** The fingerprint of the English text now: a translation that records it is up to date. */
	fingerprint: string;
	languages: Record<string, LanguageStatus>;
}

/**
 * The fingerprint of a page's text: what a translation records (`sourceFingerprint:` in its frontmatter) to say
 * which English text it was made from. It changes when the English title, description or body changes, and
 * works without git history, so it holds on a shallow clone and in GitHub's web editor. It is ten letters from a
 * to p (the hexadecimal digits of a hash, spelt as letters), so that YAML never reads it as a number.
 */
export function fingerprint(page: Pick<PageText, 'title' | 'description' | 'body'>): string {
	const text = [page.title, page.description, page.body]
		.map((part) =>
			// The schema makes a title and a description text; anything else adds nothing to the fingerprint.
			(typeof part === 'string' ? part : '').replace(/\s+/g, ' ').trim(),
		)
		.join('\n');
	const hex = createHash('sha256').update(text).digest('hex').slice(0, 10);
	return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * Each source page's state in every other language: up to date, outdated (the English text changed since),
 * missing (no file), or not recorded (a translation without `sourceFingerprint`, such as a new page).
 */
export function translationStatus(pages: PageText[], languages: string[], sourceLanguage = 'en'): PageStatus[] {
	return pages
		.filter((page) => page.lang === sourceLanguage)
		.sort((a, b) => a.file.localeCompare(b.file))
		.map((source) => {
			const print = fingerprint(source);
			const inLanguage = source.file.replace(`/docs/${sourceLanguage}/`, '/docs/{lang}/');
			return {
				slug: source.slug,
				source: source.file,
				fingerprint: print,
				languages: Object.fromEntries(
					languages
						.filter((lang) => lang !== sourceLanguage)
						.map((lang): [string, LanguageStatus] => {
							const file = inLanguage.replace('{lang}', lang);
							const translation = pages.find((page) => page.lang === lang && page.slug === source.slug);
							if (!translation) return [lang, { state: 'missing', file }];
							const recorded =
								typeof translation.sourceFingerprint === 'string' ? translation.sourceFingerprint : undefined;
							const state: TranslationState =
								recorded === undefined ? 'not recorded' : recorded === print ? 'up to date' : 'outdated';
							return [lang, { state, file: translation.file, recorded }];
						}),
				),
			};
		});
}
