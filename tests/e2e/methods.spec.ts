import { expect } from '@playwright/test';
import { fits, filtersFrom, type FilterFacts } from '../../src/common/method-filter.ts';
import { uiStrings, interpolate } from '../../src/lib/ui-strings.ts';
import { test } from './site';

// The method index's filters, in a browser: they start from the address, show the cards that fit and say how
// many, and write a new choice back into the address so that it can be sent as a link.
test('the method filters read the address, show the cards that fit, announce how many, and write choices back', async ({
	workerPage: page,
}) => {
	await page.goto('/en/methods/?size=small&offline=yes');
	const cards = page.locator('[data-method]');
	const all = await cards.evaluateAll((items) =>
		items.map((item) => ({
			title: item.querySelector('h2')!.textContent.trim(),
			facts: JSON.parse((item as HTMLElement).dataset.method!) as FilterFacts,
		})),
	);
	const expected = (search: string) =>
		all.filter(({ facts }) => fits(facts, filtersFrom(search))).map(({ title }) => title);
	const shown = () => page.locator('[data-method]:visible h2').allTextContents();
	const strings = uiStrings('en');
	const count = page.locator('[data-method-count]');

	await expect(page.locator('#method-filter-size')).toHaveValue('small');
	await expect(page.locator('#method-filter-offline')).toBeChecked();
	expect((await shown()).map((title) => title.trim())).toEqual(expected('?size=small&offline=yes'));
	expect(expected('?size=small&offline=yes').length, 'the test needs a filter that leaves some cards out').toBeLessThan(
		all.length,
	);
	await expect(count).toHaveAttribute('role', 'status');
	await expect(count).toHaveText(
		interpolate(strings['guide.methods.count']!, {
			count: expected('?size=small&offline=yes').length,
			total: all.length,
		}),
	);

	await page.locator('#method-filter-offline').uncheck();
	await expect(page).toHaveURL(/\/en\/methods\/\?size=small$/);
	expect((await shown()).map((title) => title.trim())).toEqual(expected('?size=small'));

	await page.locator('#method-filter-say').selectOption('decide');
	await page.locator('#method-filter-size').selectOption('');
	await expect(page).toHaveURL(/\/en\/methods\/\?say=decide$/);
	expect((await shown()).map((title) => title.trim())).toEqual(expected('?say=decide'));
});

test('without JavaScript, the method index lists every card and no filters', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/es/methods/?size=small');
	await expect(page.locator('[data-method-filters]')).toBeHidden();
	const total = await page.locator('[data-method]').count();
	expect(total).toBeGreaterThan(0);
	await expect(page.locator('[data-method]:visible')).toHaveCount(total);
	await context.close();
});

// Printed in A4 and in Letter, every card fits one sheet, both sides at most: measured in print layout, at the width
// and height a sheet leaves inside its 12 mm margins (96 CSS pixels to the inch).
const sheets = [
	{ paper: 'A4', width: 210, height: 297 },
	{ paper: 'Letter', width: 215.9, height: 279.4 },
];
for (const lang of ['en', 'es']) {
	test(`every card in ${lang} prints on one sheet, both sides at most, in A4 and Letter, and the page of cards prints the chosen ones`, async ({
		browser,
	}) => {
		const page = await browser.newPage();
		for (const { paper, width, height } of sheets) {
			const px = (mm: number) => Math.floor(((mm - 24) / 25.4) * 96);
			await page.setViewportSize({ width: px(width), height: px(height) });
			await page.emulateMedia({ media: 'print' });
			await page.goto(`/${lang}/methods/print/`);
			const heights = await page
				.locator('.printed-card')
				.evaluateAll((cards) => cards.map((card) => [(card as HTMLElement).dataset.card, card.scrollHeight] as const));
			expect(heights.length).toBeGreaterThan(0);
			for (const [card, tall] of heights)
				expect(tall, `/${lang}/methods/${card}/ takes more than two ${paper} pages`).toBeLessThanOrEqual(
					2 * px(height),
				);
		}
		await page.emulateMedia({ media: 'screen' });
		await page.goto(`/${lang}/methods/print/?cards=focus-group,interview`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.printed-card:visible')).toHaveCount(2);
		await expect(page.locator('.printed-cards-choice')).toBeHidden();
		await page.close();
	});
}
