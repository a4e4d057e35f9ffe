import { expect, type Page } from '@playwright/test';
import { languageCodes } from '../../src/languages.ts';
import { phases } from '../../src/schemas/frontmatter.ts';
import { stepsInOrder, test } from './site';

const steps = stepsInOrder();
// The overview, then each phase's overview followed by its steps.
const processInOrder = [
	'process/',
	...phases.flatMap((phase) => [
		`process/${phase}/`,
		...steps.filter((step) => step.startsWith(`${phase}/`)).map((step) => `process/${step}/`),
	]),
];

/**
 * Where a link leads (after any redirect) and that page's “Next” link. The browser fetches and parses each page
 * instead of showing it: the walk only reads links, and showing 36 pages would add some 7 s on a 2-core machine.
 */
const follow = (page: Page, href: string) =>
	page.evaluate(async (href) => {
		const response = await fetch(href);
		// Without its <style>s: a parsed document takes the content security policy of the page that parses it, which
		// would block them (and the test hears each block) although they are the other page's, and never shown.
		const text = (await response.text()).replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
		const html = new DOMParser().parseFromString(text, 'text/html');
		const next = html.querySelector('a[rel="next"]')?.getAttribute('href');
		return { path: new URL(response.url).pathname, next: next ? new URL(next, response.url).pathname : undefined };
	}, href);

test('every phase has steps, read from the step pages of the source language', () => {
	for (const phase of phases)
		expect(steps.filter((step) => step.startsWith(`${phase}/`)).length, `steps of ${phase}`).toBeGreaterThan(0);
});

for (const lang of languageCodes) {
	test(`“Next” takes a ${lang} reader through the whole process in the framework's order`, async ({
		workerPage: page,
	}) => {
		const start = `/${lang}/${processInOrder[0]}`;
		await page.goto(start);
		const visited: string[] = [];
		let href: string | undefined = start;
		while (href && visited.length < processInOrder.length) {
			const { path, next } = await follow(page, href);
			visited.push(path.replace(`/${lang}/`, ''));
			href = next;
		}
		expect(visited).toEqual(processInOrder);
	});
}
