import { expect, type Page } from '@playwright/test';
import { test } from './site';

const ticks = (page: Page) => page.locator('.print-sheet input[data-tick]');
const tickedIds = (page: Page) =>
	ticks(page).evaluateAll((boxes) =>
		boxes.filter((box) => (box as HTMLInputElement).checked).map((box) => (box as HTMLInputElement).dataset.tick),
	);

test('ticks persist across a reload and across the English↔Spanish switch, and clearing removes them', async ({
	page,
}) => {
	await page.goto('/en/checklists/prework/');
	const total = await ticks(page).count();
	await ticks(page).nth(0).check();
	await ticks(page).nth(2).check();
	const ticked = await tickedIds(page);
	expect(ticked).toHaveLength(2);
	await expect(page.locator('[data-progress]')).toHaveText(`2 of ${total} ticked`);

	// The progress line appears once the page's script has restored the ticks: wait for it before reading them.
	await page.reload();
	await expect(page.locator('[data-progress]')).toHaveText(`2 of ${total} ticked`);
	expect(await tickedIds(page)).toEqual(ticked);

	await page.locator('starlight-lang-select select').locator('visible=true').first().selectOption({ label: 'Español' });
	await expect(page).toHaveURL('/es/checklists/prework/');
	await expect(page.locator('[data-progress]')).toHaveText(`2 de ${total} marcados`);
	expect(await tickedIds(page)).toEqual(ticked);

	// The step page shows the same tick for its own item.
	const [stepOfFirst] = ticked[0]!.split('/').slice(1);
	await page.goto(`/es/process/prework/${stepOfFirst}/`);
	await expect(page.locator(`input[data-tick="${ticked[0]}"]`)).toBeChecked();

	await page.goto('/es/checklists/prework/');
	await page.getByRole('button', { name: 'Borrar mis marcas' }).click();
	expect(await tickedIds(page)).toEqual([]);
	await page.reload();
	await expect(page.locator('[data-progress]')).toHaveText(`0 de ${total} marcados`);
	expect(await tickedIds(page)).toEqual([]);
});

test('the checklist works where storage is refused', async ({ page }) => {
	// Starlight's own theme and sidebar scripts throw when storage is refused; the checklist's must not.
	const errors: string[] = [];
	page.on('pageerror', (error) => {
		if (error.stack?.includes('ChecklistItems')) errors.push(error.message);
	});
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Storage is disabled', 'SecurityError');
			},
		});
	});
	await page.goto('/en/checklists/execution/');
	await ticks(page).first().check();
	await expect(ticks(page).first()).toBeChecked();
	await expect(page.locator('[data-progress]')).toHaveText(/^1 of \d+ ticked$/);
	await page.getByRole('button', { name: 'Clear my ticks' }).click();
	await expect(ticks(page).first()).not.toBeChecked();
	expect(errors).toEqual([]);
});

test('without JavaScript the checklist still reads, with real labelled checkboxes', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/es/checklists/postwork/');
	const first = ticks(page).first();
	await expect(first).toBeVisible();
	const label = await page.locator(`label[for="${await first.getAttribute('id')}"]`).innerText();
	await expect(page.getByRole('checkbox', { name: label })).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Imprimir una hoja en blanco' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Imprimir con mis marcas' })).toBeHidden();
	await context.close();
});
