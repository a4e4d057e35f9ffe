import { expect, test } from '@playwright/test';
import { builtPages, builtText, pageLanguage } from './site';

// A common Spanish word that no English page uses (the English glossary shows Spanish terms, not prose).
const spanishOnlyWord = 'también';

test('the word used for the test is in Spanish pages only', () => {
	const pages = builtPages();
	const has = (page: string) => builtText(page).toLowerCase().includes(spanishOnlyWord);
	expect(pages.filter((p) => pageLanguage(p) === 'en' && has(p))).toEqual([]);
	expect(pages.filter((p) => pageLanguage(p) === 'es' && has(p)).length).toBeGreaterThan(0);
});

test('search on /es/ finds Spanish pages, and only Spanish pages', async ({ page }) => {
	await page.goto('/es/');
	await page.getByRole('button', { name: 'Buscar' }).click();
	await page.getByRole('dialog').getByRole('textbox').fill(spanishOnlyWord);
	const results = page.locator('.pagefind-ui__result-link');
	await expect(results.first()).toBeVisible({ timeout: 20_000 });
	const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href, `a search on /es/ returned ${href}`).toMatch(/^\/es\//);
});

test('search on /en/ returns only English pages', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByRole('textbox').fill('guide');
	const results = page.locator('.pagefind-ui__result-link');
	await expect(results.first()).toBeVisible({ timeout: 20_000 });
	const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	for (const href of hrefs) expect(href, `a search on /en/ returned ${href}`).toMatch(/^\/en\//);
});
