import { expect, test } from '@playwright/test';

const cases = [
	{ from: '/en/start-here/', choose: 'Español', to: '/es/start-here/', heading: 'Empieza aquí' },
	{ from: '/es/about/', choose: 'English', to: '/en/about/', heading: 'About the guide' },
];

for (const { from, choose, to, heading } of cases) {
	test(`the language picker on ${from} lands on ${to}`, async ({ page }) => {
		await page.goto(from);
		await page.locator('starlight-lang-select select').locator('visible=true').first().selectOption({ label: choose });
		await expect(page).toHaveURL(to);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	});
}

test('the sidebar and the interface read in the page’s language', async ({ page }) => {
	await page.goto('/es/about/');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: 'Empieza aquí' })).toHaveAttribute('href', '/es/start-here/');
	await expect(sidebar.getByRole('link', { name: 'Sobre la guía' })).toHaveAttribute('href', '/es/about/');
	await expect(page.getByRole('link', { name: 'Edita esta página' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
