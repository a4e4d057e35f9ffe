import { existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { languageCodes, sourceLanguage } from '../languages.ts';
import type { Page } from '../lib/content.ts';
import { pdfSheets, sheetPdfs } from '../lib/pdf-sheets.ts';
import type { Guide, Problem } from './guide.ts';

/** The ids of a page's headings, as the build makes them (github-slugger, like Astro's own heading ids). */
function headingIds(page: Page): Set<string> {
	const slugger = new GithubSlugger();
	const headings = [...page.body.matchAll(/^#{2,6}\s+(.+?)\s*#*$/gm)].map((match) =>
		match[1]!
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<[^>]+>/g, '')
			.replace(/[*_`]/g, ''),
	);
	return new Set(['_top', ...headings.map((heading) => slugger.slug(heading))]);
}

/** Every link a page's text and frontmatter hold, with its line. */
function linksOf(page: Page, text: string): { href: string; line: number }[] {
	const bodyStart = text.length - page.body.length;
	const lineAt = (index: number) => text.slice(0, index).split('\n').length;
	const found: { href: string; line: number }[] = [];
	const patterns = [
		/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
		/\bhref=\{?["'`]([^"'`]+)["'`]\}?/g,
		/^\s*link:\s*["']?([^"'\s]+)/gm,
	];
	for (const pattern of patterns) {
		for (const match of text.matchAll(pattern)) {
			const lineBefore = text.slice(text.lastIndexOf('\n', match.index) + 1, match.index);
			const inCode = match.index >= bodyStart && (lineBefore.match(/`/g)?.length ?? 0) % 2 === 1;
			if (!inCode) found.push({ href: match[1]!, line: lineAt(match.index) });
		}
	}
	return found;
}

/**
 * Every link between the guide's pages points to a page that exists, and every #part to a heading of that page.
 * Links start from the site's root (`/es/about/`): the build adds the path where the guide is published.
 */
export function linkProblems(guide: Guide, readText: (file: string) => string): Problem[] {
	const byAddress = new Map(guide.pages.map((page) => [`/${page.lang}/${page.slug ? `${page.slug}/` : ''}`, page]));
	const pdfs = new Set(
		languageCodes.flatMap((lang) => pdfSheets.flatMap((sheet) => sheetPdfs(lang, sheet).map((pdf) => pdf.href))),
	);
	const glossaryIds = new Set(Object.keys(guide.glossary.data ?? {}));
	const target = (path: string): Page | undefined => {
		const page = byAddress.get(path);
		if (page) return page;
		// A language still in progress shows the English page where its own is missing.
		const [, lang, ...rest] = path.split('/');
		return lang && languageCodes.includes(lang) ? byAddress.get(`/${sourceLanguage}/${rest.join('/')}`) : undefined;
	};
	return guide.pages.flatMap((page) =>
		linksOf(page, readText(page.file)).flatMap(({ href, line }): Problem[] => {
			const say = (message: string): Problem[] => [{ file: page.file, line, message: `the link ${href} ${message}` }];
			if (/^(https?:|mailto:|tel:)/.test(href)) return [];
			if (href.startsWith('#'))
				return headingIds(page).has(decodeURIComponent(href.slice(1)))
					? []
					: say(
							`points to a heading that is not on this page: use the part after # in the address bar when you click the heading's link.`,
						);
			if (!href.startsWith('/'))
				return say(
					`must start from the site's root, with the language: write /${page.lang}/… (for example /${page.lang}/about/), not a relative address.`,
				);
			const [path = '', hash] = href.split('#');
			if (pdfs.has(path) || path === '/' || (!path.endsWith('/') && existsSync(join(guide.root, 'public', path))))
				return [];
			if (!path.endsWith('/')) return say(`must end with a slash: ${path}/`);
			const linked = target(path);
			if (!linked)
				return say(
					"points to a page that does not exist: copy the address from the page in your browser, without the site's domain.",
				);
			if (
				hash &&
				linked.body &&
				!headingIds(linked).has(decodeURIComponent(hash)) &&
				!(linked.slug === 'glossary' && glossaryIds.has(hash))
			) {
				return say(
					`points to a heading that is not on ${linked.file}: use the part after # in the address bar when you click the heading's link there.`,
				);
			}
			return [];
		}),
	);
}
