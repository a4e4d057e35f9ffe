import { pages } from './content.ts';
import type { PageText } from './translations.ts';

/** Every page's text read from content/docs/ (for scripts and checks; pages read them from the collection). */
export const pageTexts = (docsDir?: string, base?: string): PageText[] =>
	pages(undefined, docsDir, base).map((page) => ({
		file: page.file,
		lang: page.lang,
		slug: page.slug,
		title: page.frontmatter.title,
		description: page.frontmatter.description,
		body: page.body,
		sourceFingerprint: page.frontmatter.sourceFingerprint,
	}));
