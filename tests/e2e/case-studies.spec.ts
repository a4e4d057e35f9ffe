import { expect, test } from '@playwright/test';

for (const lang of ['en', 'es']) {
	for (const slug of ['leon', 'haripur']) {
		test(`the ${lang} ${slug} case study shows its facts and links the steps it illustrates`, async ({ page }) => {
			await page.goto(`/${lang}/case-studies/${slug}/`);
			const summary = page.locator('.case-summary');
			await expect(summary).toBeVisible();
			const steps = await summary.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(steps.length).toBeGreaterThan(0);
			for (const href of steps) expect(href).toMatch(new RegExp(`^/${lang}/process/[a-z]+/[a-z-]+/$`));
			// Every source is a link with an address.
			// Starlight wraps each heading in a div: the list follows the wrapper.
			const sources = page.locator('h2#sources, h2#fuentes').locator('xpath=ancestor-or-self::*[following-sibling::ul][1]/following-sibling::ul[1]//a');
			expect(await sources.count()).toBeGreaterThan(0);
		});
	}
}

test('the León data is a table with header cells, and its counts add up to 280', async ({ page }) => {
	await page.goto('/en/case-studies/leon/');
	const table = page.locator('main table').filter({ hasText: '280' }).first();
	await expect(table.locator('th').first()).toBeVisible();
	const counts = await table.locator('tbody tr td:last-child').allInnerTexts();
	const numbers = counts.map((count) => Number(count.replace(/\D/g, ''))).filter((n) => n > 0);
	const total = numbers.pop();
	expect(total).toBe(280);
	expect(numbers.reduce((sum, n) => sum + n, 0)).toBe(280);
});
