import { expect, test } from '@playwright/test';
import { builtPages } from './site';

for (const path of builtPages()) {
	test(`${path} makes no request to another origin`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.origin !== origin) elsewhere.push(request.url());
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		const search = page.locator('button[data-open-modal]');
		if (await search.isVisible()) {
			await search.click();
			await page.getByRole('dialog').getByRole('textbox').fill('guía guide');
			await page.waitForLoadState('networkidle');
		}
		expect(elsewhere).toEqual([]);
	});
}
