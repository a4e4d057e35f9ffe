import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of builtPages()) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${path} passes axe-core WCAG A and AA (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
			const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			expect(summary).toEqual([]);
		});
	}
}
