import { expect, type Page } from '@playwright/test';
import { stringsByLanguage } from '../../src/lib/ui-strings.ts';

export const strings = stringsByLanguage();

/** Saves the guide in `language` from its Start here page (at `origin`, or the test server), and waits until saved. */
export async function save(page: Page, language: string, origin = '') {
	await page.goto(`${origin}/${language}/start-here/#offline`); // as the footer's link does: the control loads in view
	const control = page.locator('[data-offline-control]');
	await control.getByRole('button', { name: strings[language]!['guide.offline.save'] }).click();
	await expect(control.locator('[data-state="saved"]')).toBeVisible({ timeout: 30_000 });
	return control;
}

/** Opens `path` and checks that the guide's styles came with it: Starlight's header is fixed only with them. */
export async function opensWithStyles(page: Page, path: string) {
	const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
	expect(response?.status(), `${path} offline`).toBe(200);
	const header = await page.evaluate(() => getComputedStyle(document.querySelector('header.header')!).position);
	expect(header, `${path} offline has its styles`).toBe('fixed');
}
