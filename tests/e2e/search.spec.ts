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

// Search finds a method card by its name and by the words people use for it; each must be among the first three
// results. Add the words readers write in with.
const methodWords: [lang: string, query: string, card: string][] = [
	['en', 'focus group', 'focus-group'],
	['en', 'town hall', 'forum'],
	['en', 'door to door', 'street-survey'],
	['en', 'SMS survey', 'phone-sms-survey'],
	['es', 'grupo focal', 'focus-group'],
	['es', 'sondeo', 'street-survey'],
	['es', 'mapeo', 'mapping-walk'],
	['es', 'mesa de trabajo', 'roundtable'],
	['es', 'asamblea vecinal', 'forum'],
];
for (const [lang, query, card] of methodWords) {
	test(`search on /${lang}/ for «${query}» finds the ${card} card in its first three results`, async ({
		workerPage: page,
	}) => {
		await page.goto(`/${lang}/`);
		await (await openSearch(page)).fill(query);
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
		await expect
			.poll(async () => (await resultPaths(page)).slice(0, 3), { timeout: 10_000 })
			.toContain(`/${lang}/methods/${card}/`);
	});
}
