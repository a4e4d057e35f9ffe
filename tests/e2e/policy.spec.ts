// Every browser test fails on what a page's content security policy blocks (`test` in tests/e2e/site.ts). These prove
// that the tests hear it: each plants what a contributor might add, which a browser then blocks, and empties the list
// of violations it expected, so that it passes only when each was heard.
import { expect, type Page } from '@playwright/test';
import { test } from './site';

/** What a page did not ship: an inline script, a `<style>` element and an image from another site. */
const plant = (page: Page) =>
	page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = "document.title = 'planted'";
		document.body.append(script);
		const style = document.createElement('style');
		style.textContent = 'body { color: red; }';
		document.head.append(style);
		const image = new Image();
		image.src = 'https://example.invalid/planted.png';
		document.body.append(image);
	});

/** The directives that blocked something, one per violation heard, in order. */
const blockedBy = (violations: string[]) => violations.map((line) => line.split(' blocked ')[0]).sort();

for (const path of ['/', '/es/plan/']) {
	test(`on ${path}, an inline script, a style and another site's image are blocked, and the test hears each`, async ({
		page,
		policyViolations,
	}) => {
		await page.goto(path);
		await plant(page);
		await expect
			.poll(() => blockedBy(policyViolations))
			.toEqual([`${path}: img-src`, `${path}: script-src-elem`, `${path}: style-src-elem`]);
		expect(await page.title(), 'the planted script ran').not.toBe('planted');
		expect(await page.evaluate(() => getComputedStyle(document.body).color), 'the planted style applies').not.toBe(
			'rgb(255, 0, 0)',
		);
		policyViolations.splice(0);
	});
}

test('a page in a browser context the test opens itself is heard too', async ({
	browser,
	baseURL,
	policyViolations,
}) => {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/en/start-here/');
	await plant(page);
	await expect.poll(() => policyViolations.length).toBe(3);
	policyViolations.splice(0);
	await context.close();
});
