// The built site's search, as readers use it: the words they type find the pages they want (tests/dist/search-words.ts),
// and what a result shows of a page reads as the page does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uiStrings } from '../../src/lib/ui-strings.ts';
import { builtPages, testedSite } from './built-site.ts';
import { indexedPages, runTogether } from './search-index.ts';
import { siteSearch, type Found } from './site-search.ts';
import { searchWords } from './search-words.ts';

const languagesSearched = [...new Set(searchWords.map(({ language }) => language))];

test('every page a search word must find is built', () => {
	const built = new Set(builtPages(testedSite.dist));
	const missing = searchWords.filter(({ finds }) => !built.has(finds));
	assert.deepEqual(
		missing.map(({ search, finds }) => `«${search}» → ${finds}`),
		[],
		'tests/dist/search-words.ts names pages that were not built: write each page’s current address',
	);
});

for (const language of languagesSearched) {
	test(`the words readers type on /${language}/ find the pages they want`, async () => {
		const search = await siteSearch(testedSite, language);
		const misses: string[] = [];
		for (const word of searchWords.filter((entry) => entry.language === language)) {
			const within = word.within ?? 3;
			const found: Found[] = await search(word.search);
			const rank = found.findIndex(({ path }) => path === word.finds) + 1;
			if (rank < 1 || rank > within) {
				const first = found.slice(0, within + 2).map(({ path }, index) => `${index + 1}. ${path}`);
				misses.push(
					`«${word.search}» should find ${word.finds} among the first ${within}, ` +
						`but it is ${rank ? `number ${rank}` : 'not found'} of ${found.length}` +
						(first.length ? `; first: ${first.join(' ')}` : ''),
				);
			}
		}
		assert.deepEqual(
			misses,
			[],
			'Each line is a search that no longer finds its page. If the page lost the word, write it back; if another ' +
				'page now comes first, see whether the reader is better served by it (then change tests/dist/search-words.ts).',
		);
	});
}

test('no search excerpt runs two words together', () => {
	const joined = indexedPages(testedSite)
		.map((page) => ({ path: page.path, words: runTogether(testedSite, page) }))
		.filter(({ words }) => words.length);
	assert.deepEqual(
		joined.map(({ path, words }) => `${path}: ${words.slice(0, 8).join(' ')}`),
		[],
		'The search reads a page’s text without its layout: two elements with nothing between them (a <dt> and its ' +
			"<dd>, two <th>, two buttons) become one word. Put {' '} between them in the component that draws them, or " +
			'data-pagefind-ignore on controls that are not text to find (buttons).',
	);
});

test('what ends every page (the credit, the report link) is no part of any page in the search', () => {
	const endings = languagesSearched.flatMap((language) => {
		const strings = uiStrings(language);
		// The report link as the footer has it, after the offline link: a page may name the link in its text.
		const report = `${strings['guide.offline.link']} · ${strings['guide.feedback.report']}`;
		return [strings['guide.footer.credit'], report].filter(
			(text): text is string => text !== undefined && !text.includes('undefined'),
		);
	});
	const pages = indexedPages(testedSite);
	assert.ok(pages.length > 0, 'the search index holds no page');
	const holding = pages.filter(({ content }) => endings.some((text) => content.includes(text)));
	assert.deepEqual(
		holding.map(({ path }) => path),
		[],
		'These pages give the search the footer’s text: keep data-pagefind-ignore on it (src/components/starlight/Footer.astro)',
	);
});
