import { expect, test } from '@playwright/test';
import { builtPages, languages, pageLanguage } from './site';

const pages = builtPages();

test('every English page has its Spanish counterpart at the same slug, and the other way round', () => {
	for (const lang of languages) {
		const others = languages.filter((other) => other !== lang);
		for (const page of pages.filter((p) => pageLanguage(p) === lang)) {
			for (const other of others) {
				const counterpart = page.replace(`/${lang}/`, `/${other}/`);
				expect(pages, `${page} has no ${other} counterpart at ${counterpart}`).toContain(counterpart);
			}
		}
	}
	expect(pages.filter((p) => pageLanguage(p) === 'en').length).toBeGreaterThan(2);
});

for (const page of pages.filter((p) => p !== '/404.html')) {
	test(`${page} answers 200`, async ({ request }) => {
		const response = await request.get(page);
		expect(response.status()).toBe(200);
	});
}

test('a missing page answers 404 with a way back in both languages', async ({ page }) => {
	const response = await page.goto('/en/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('main a[href="/en/"]')).toBeVisible();
	await expect(page.locator('main a[href="/es/"]')).toBeVisible();
});

test('the front door offers each language and declares them as alternates', async ({ page }) => {
	await page.goto('/');
	for (const lang of languages) {
		await expect(page.locator(`main a[hreflang="${lang}"][href="/${lang}/"]`)).toBeVisible();
		await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`/${lang}/$`));
	}
	await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
});

test('“Edit page” opens the page’s own file in the repository', async ({ page }) => {
	await page.goto('/es/start-here/');
	const edit = page.getByRole('link', { name: 'Edita esta página' });
	await expect(edit).toHaveAttribute('href', /^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/content\/docs\/es\/start-here\.mdx$/);
});
