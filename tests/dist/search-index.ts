// What the search index (dist/pagefind/) holds for each page, read as Pagefind's excerpts read it, and the words in it
// that no reader of the page sees: two elements' texts that Pagefind joined into one word.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { pagefindSignature } from '../../src/common/pagefind-index.ts';
import { readBuiltHtml, type BuiltSite } from './built-site.ts';

/** One page as Pagefind indexed it: its address (without the base path) and the text its excerpts are cut from. */
export interface IndexedPage {
	path: string;
	content: string;
}

/** Every page in the index: each fragment file is gzip, Pagefind's signature, then the page's JSON. */
export function indexedPages(site: BuiltSite): IndexedPage[] {
	const folder = join(site.dist, 'pagefind', 'fragment');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.pf_fragment'))
		.map((file) => {
			const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
			if (!text.startsWith(pagefindSignature))
				throw new Error(
					`${file} is not a Pagefind fragment that these tests can read: has Pagefind changed its format?`,
				);
			const { url, content } = JSON.parse(text.slice(pagefindSignature.length)) as { url: string; content: string };
			return { path: `/${url.slice(site.base.length)}`, content };
		});
}

/** Elements whose text runs on into the next one's, for a reader as for Pagefind: `<a>León</a>’s` reads «León’s».
 * Every other element (a paragraph, a list item, a <dt> and its <dd>, a button, a line break) ends a word. */
const inline = new Set(
	'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var'.split(' '),
);

/** The words a reader sees in an element: its text, split where one element ends and another begins, unless both are
 * inline. An image's alt text counts as words too. */
function readersText(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' && node.type !== 'root') return '';
	const inner = node.children.map((child) => readersText(child)).join('');
	if (node.type === 'root') return inner;
	const alt = node.tagName === 'img' ? String(node.properties.alt ?? '') : '';
	return inline.has(node.tagName) ? inner : ` ${alt} ${inner} `;
}

/** A whitespace-separated run of text, without the punctuation that can end or begin a word («“León”,» → «León»). */
const words = (text: string) =>
	text
		.split(/\s+/u)
		.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);

/** The part of a page that Pagefind indexes, `<main data-pagefind-body>`, parsed alone: the whole page (its menu of
 * 80 links) would take ten times as long. */
function indexedPart(site: BuiltSite, path: string): Root | undefined {
	const html = readBuiltHtml(site.dist, path);
	const start = html.search(/<main[^>]*\sdata-pagefind-body[\s>=]/);
	const end = html.lastIndexOf('</main>');
	if (start < 0 || end < start) return undefined;
	return fromParse5(parseFragment(html.slice(start, end + '</main>'.length))) as Root;
}

/** The words in an indexed page's text that its reader never sees: «CountryPakistan» where the page shows "Country"
 * above "Pakistan", «2021).About» where a credit ends and a link begins. */
export function runTogether(site: BuiltSite, page: IndexedPage): string[] {
	const body = indexedPart(site, page.path);
	if (!body) return [];
	const seen = new Set(words(readersText(body)));
	return [...new Set(words(page.content).filter((word) => !seen.has(word)))];
}
