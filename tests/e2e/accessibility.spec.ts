import { expect } from '@playwright/test';
import { languageCodes } from '../../src/languages.ts';
import { axeViolations, expectBuilt, showScheme, templatePages, test } from './site';

const samples = templatePages.flatMap(({ path, print, everyLanguage }, index) =>
	path.includes('<lang>')
		? (everyLanguage ? languageCodes : [languageCodes[index % languageCodes.length]!]).map((lang) => ({
				path: path.replace('<lang>', lang),
				print,
			}))
		: [{ path, print }],
);

// One navigation per page: light, printed where it is printed, then dark.
for (const { path, print } of samples) {
	test(`${path} passes axe-core WCAG A and AA in light and dark${print ? ', and printed' : ''}`, async ({
		workerPage: page,
	}) => {
		expectBuilt(path);
		await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
		await page.goto(path);
		expect.soft(await axeViolations(page), `${path} in light`).toEqual([]);
		if (print) {
			await page.emulateMedia({ media: 'print' });
			expect.soft(await axeViolations(page), `${path} printed`).toEqual([]);
			await page.emulateMedia({ media: 'screen' });
		}
		await showScheme(page, 'dark');
		expect.soft(await axeViolations(page), `${path} in dark`).toEqual([]);
	});
}
