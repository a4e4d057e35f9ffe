import { expect } from '@playwright/test';
import { axeViolations, builtPages, showScheme, test } from '../site';

for (const path of builtPages()) {
	test(`${path} passes axe-core WCAG A and AA in light and dark`, async ({ workerPage: page }) => {
		await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
		await page.goto(path);
		expect.soft(await axeViolations(page), `${path} in light`).toEqual([]);
		await showScheme(page, 'dark');
		expect.soft(await axeViolations(page), `${path} in dark`).toEqual([]);
	});
}
