import { expect } from '@playwright/test';
import { languageCodes, languages } from '../../src/languages.ts';
import { builtHeading, test } from './site';

// Each language picks the next one in the list, so that every language is both left and reached.
for (const [index, from] of languageCodes.entries()) {
	const to = languageCodes[(index + 1) % languageCodes.length]!;
	test(`the language picker on /${from}/start-here/ lands on /${to}/start-here/`, async ({ workerPage: page }) => {
		const heading = builtHeading(`/${to}/start-here/`);
		expect(heading).not.toBe('');
		await page.goto(`/${from}/start-here/`);
		await page
			.locator('starlight-lang-select select')
			.locator('visible=true')
			.first()
			.selectOption({ label: languages[to]!.label });
		await expect(page).toHaveURL(`/${to}/start-here/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.locator('html')).toHaveAttribute('lang', languages[to]!.lang);
	});
}

test('the sidebar and the interface read in the page’s language', async ({ workerPage: page }) => {
	await page.goto('/es/about/');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Empieza aquí' })).toHaveAttribute('href', '/es/start-here/');
	await expect(sidebar.getByRole('link', { name: 'Sobre la guía' })).toHaveAttribute('href', '/es/about/');
	await expect(page.getByRole('link', { name: 'Edita esta página' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
