import { expect } from '@playwright/test';
import { languageCodes } from '../../src/languages.ts';
import { test } from './site';

// The static scan reads 404.html; only a request to the server shows that a missing page answers with it, as a 404.
test('a missing page answers 404, with a way back in every language', async ({ workerPage: page }) => {
	const response = await page.goto(`/${languageCodes[0]}/no-such-page/`);
	expect(response?.status()).toBe(404);
	for (const lang of languageCodes) await expect(page.locator(`main a[href="/${lang}/"]`)).toBeVisible();
});
