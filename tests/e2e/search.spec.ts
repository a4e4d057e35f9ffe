import { expect } from '@playwright/test';
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
