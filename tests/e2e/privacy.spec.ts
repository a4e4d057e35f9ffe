import { expect } from '@playwright/test';
import { languageCodes } from '../../src/languages.ts';
import { openSearch, requestsElsewhere, test } from './site';

// Every page's own requests are checked in the static scan and in `test:full`; this is what only a browser sees.
for (const lang of languageCodes) {
	test(`searching on /${lang}/ makes no request to another origin`, async ({ page, baseURL }) => {
		const elsewhere = requestsElsewhere(page, new URL(baseURL!).origin);
		await page.goto(`/${lang}/`, { waitUntil: 'networkidle' });
		const box = await openSearch(page);
		await box.fill('guía guide');
		// Pagefind reports its results, or their absence, once it has loaded its index and searched.
		await expect(page.locator('.pagefind-ui__message')).toBeVisible({ timeout: 20_000 });
		await page.waitForLoadState('networkidle');
		expect(elsewhere).toEqual([]);
	});
}
