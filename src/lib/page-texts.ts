import { pages, type Page } from './content.ts';
import type { PageText } from './translations.ts';

/** A page read from its file, as the translation status reads it (pages on the site read the collection). */
export const pageTextOfFile = (page: Page): PageText => ({
	file: page.file,
	lang: page.lang,
	slug: page.slug,
	title: page.frontmatter.title,
	description: page.frontmatter.description,
	body: page.body,
	sourceFingerprint: page.frontmatter.sourceFingerprint,
});

/** Every page's text read from content/docs/, for scripts and checks. */
export const pageTexts = (docsDir?: string, base?: string): PageText[] =>
	pages(undefined, docsDir, base).map(pageTextOfFile);
