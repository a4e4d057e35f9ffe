import { expect, test } from '@playwright/test';
import { builtPages, requestsElsewhere } from '../site';

for (const path of builtPages()) {
	test(`${path} makes no request to another origin`, async ({ page, baseURL }) => {
		const elsewhere = requestsElsewhere(page, new URL(baseURL!).origin);
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(elsewhere).toEqual([]);
	});
}
