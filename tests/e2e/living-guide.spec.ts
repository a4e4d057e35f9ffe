import { expect, test } from '@playwright/test';

test('each page offers “Report a problem”, opening a new GitHub issue with the page and the language filled in', async ({ page }) => {
	await page.goto('/es/about/');
	const report = page.getByRole('link', { name: 'Reportar un problema con esta página' });
	const href = new URL((await report.getAttribute('href'))!);
	expect(href.origin + href.pathname).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
	expect(href.searchParams.get('template')).toBe('content-error.yml');
	expect(href.searchParams.get('language')).toBe('Español');
	expect(href.searchParams.get('page')).toMatch(/\/es\/about\/$/);
	expect(href.searchParams.get('title')).toBe('[es] Sobre la guía');
	await expect(page.getByRole('link', { name: 'Edita esta página' })).toBeVisible();
});

for (const lang of ['en', 'es']) {
	test(`the ${lang} translation status lists every page with its state`, async ({ page }) => {
		await page.goto(`/${lang}/contribute/translation-status/`);
		const rows = page.locator('table.translation-status tbody tr');
		expect(await rows.count()).toBeGreaterThan(30);
		await expect(rows.filter({ hasText: 'about.mdx' })).toHaveCount(1);
	});

	test(`the ${lang} “What's new” page gives the version date that printed sheets carry`, async ({ page }) => {
		await page.goto(`/${lang}/whats-new/`);
		const date = (await page.locator('main strong').first().innerText()).trim();
		expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await page.goto(`/${lang}/checklists/prework/`);
		await expect(page.locator('.sheet-footer')).toContainText(date);
	});
}
