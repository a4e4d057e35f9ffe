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
			title: item.querySelector('h2')!.textContent!.trim(),
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
