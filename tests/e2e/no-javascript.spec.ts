import { expect, test } from '@playwright/test';
import { builtPages } from './site';

test.use({ javaScriptEnabled: false });

for (const path of builtPages()) {
	test(`${path} shows its main text with JavaScript off`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const main = page.locator('main');
		await expect(main).toBeVisible();
		const text = (await main.innerText()).trim();
		expect(text.split(/\s+/).length, `${path} shows almost no text without JavaScript`).toBeGreaterThan(15);
	});
}
