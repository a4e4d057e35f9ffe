import { expect } from '@playwright/test';
import { testedSite } from '../dist/built-site.ts';
import { siteSearch } from '../dist/site-search.ts';
import { builtPages, builtText, openSearch, pageLanguage, resultPaths, test } from './site';

// A common Spanish word that no English page uses (the English glossary shows Spanish terms, not prose).
const spanishOnlyWord = 'también';

test('the word used for the test is in Spanish pages only', () => {
	const pages = builtPages();
	const has = (page: string) => builtText(page).toLowerCase().includes(spanishOnlyWord);
	expect(pages.filter((p) => pageLanguage(p) === 'en' && has(p))).toEqual([]);
	expect(pages.filter((p) => pageLanguage(p) === 'es' && has(p)).length).toBeGreaterThan(0);
});

test('search on /es/ finds Spanish pages, and only Spanish pages', async ({ workerPage: page }) => {
	await page.goto('/es/');
	await (await openSearch(page)).fill(spanishOnlyWord);
	// Pagefind loads its index on the first search: give it time on a slow machine.
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
	const found = await resultPaths(page);
	for (const path of found) expect(path, `a search on /es/ returned ${path}`).toMatch(/^\/es\//);
});

test('search on /en/ returns only English pages', async ({ workerPage: page }) => {
	await page.goto('/en/');
	await (await openSearch(page)).fill('guide');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
	const found = await resultPaths(page);
	for (const path of found) expect(path, `a search on /en/ returned ${path}`).toMatch(/^\/en\//);
});

// tests/dist/search.test.ts runs the site's search in Node, with what the reader types read as the site reads it
// (src/common/search-terms.ts), for every word readers use (tests/dist/search-words.ts). The dialog must list the same
// pages in the same order: else the Node search no longer is the readers' search, or Starlight stopped passing the
// guide's `processTerm` on (a search for «talleres», read as «taller», finds another first page than the plural).
test('the search dialog lists what the Node search finds, plurals read as the guide reads them', async ({
	workerPage: page,
}) => {
	const word = 'talleres';
	const search = await siteSearch(testedSite, 'es');
	const expected = (await search(word)).map(({ path }) => path).slice(0, 5);
	expect(expected[0], 'the Node search reads «talleres» as «taller»').toBe('/es/methods/workshop/');
	await page.goto('/es/');
	await (await openSearch(page)).fill(word);
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
	await expect.poll(async () => (await resultPaths(page)).slice(0, 5), { timeout: 10_000 }).toEqual(expected);
});
