// Every page, loaded to the end: no request to another origin, and (as in every test) nothing its content security
// policy blocks.
import { expect } from '@playwright/test';
import { builtPages, requestsElsewhere, test } from '../site';

for (const path of builtPages()) {
	test(`${path} makes no request to another origin`, async ({ page, baseURL }) => {
		const elsewhere = requestsElsewhere(page, new URL(baseURL!).origin);
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(elsewhere).toEqual([]);
	});
}
