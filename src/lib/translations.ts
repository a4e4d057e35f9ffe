import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pages, readPage, type Page } from './content.ts';

export type TranslationState = 'up to date' | 'outdated' | 'missing';

export interface PageStatus {
	/** The page's path in every language, without the language: `process/prework/identify-stakeholders`. */
	slug: string;
	/** The English file, from the repository's root. */
	source: string;
	/** The fingerprint of the English text now: a translation that records it is up to date. */
	fingerprint: string;
	languages: Record<string, { state: TranslationState; file: string; recorded?: string }>;
}

/**
 * The fingerprint of a page's text: what a translation records (`sourceFingerprint:` in its frontmatter) to say
 * which English text it was made from. It changes when the English title, description or body changes, and
 * works without git history, so it holds on a shallow clone and in GitHub's web editor.
 */
export function fingerprint(page: Page): string {
	const text = [page.frontmatter.title, page.frontmatter.description, page.body]
		.map((part) => String(part ?? '').replace(/\s+/g, ' ').trim())
		.join('\n');
	return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** Each English page's state in every other language, reading the pages under `docsDir`. */
export function translationStatus(languages: string[], docsDir: string, root: string, sourceLanguage = 'en'): PageStatus[] {
	return pages(sourceLanguage, docsDir, root).map((source) => {
		const print = fingerprint(source);
		return {
			slug: source.slug,
			source: source.file,
			fingerprint: print,
			languages: Object.fromEntries(
				languages
					.filter((lang) => lang !== sourceLanguage)
					.map((lang) => {
						const path = join(docsDir, lang, source.inLanguage);
						const relativeFile = relative(root, path).split(sep).join('/');
						if (!existsSync(path)) return [lang, { state: 'missing' as const, file: relativeFile }];
						const recorded = readPage(path, root, docsDir).frontmatter.sourceFingerprint as string | undefined;
						return [lang, { state: recorded === print ? ('up to date' as const) : ('outdated' as const), file: relativeFile, recorded }];
					}),
			),
		};
	});
}
