import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { languageCodes, languages, sourceLanguage } from '../../src/languages.ts';
import { stringsByLanguage } from '../../src/lib/ui-strings.ts';
import { axeViolations, builtPages, expectBuilt, openSearch, resultPaths, showScheme } from './site';

export const strings = stringsByLanguage();

/** The language the quick browser tests save: a translation, so that the reader's language is really tested. */
export const quickOfflineLanguage = languageCodes.find((code) => code !== sourceLanguage) ?? sourceLanguage;

/** Saves the guide in `language` from its Start here page (at `origin`, or the test server), and waits until saved. */
export async function save(page: Page, language: string, origin = '') {
	await page.goto(`${origin}/${language}/start-here/#offline`); // as the footer's link does: the control loads in view
	const control = page.locator('[data-offline-control]');
	await control.getByRole('button', { name: strings[language]!['guide.offline.save'] }).click();
	await expect(control.locator('[data-state="saved"]')).toBeVisible({ timeout: 30_000 });
	return control;
}

/**
 * Every file the saved copy holds, against the built site: the same bytes as the server sends (Pagefind's gzipped
 * files as their content, which Pagefind reads as well).
 */
export async function savedCopyMatchesBuild(page: Page, root = 'dist') {
	const saved = await page.evaluate(async () => {
		const cache = await caches.open('guide-saved');
		return Promise.all(
			(await cache.keys()).map(async (key) => {
				const body = await (await cache.match(key))!.arrayBuffer();
				const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
				const url = new URL(key.url);
				url.searchParams.delete('__WB_REVISION__');
				return [url.pathname, [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('')] as const;
			}),
		);
	});
	expect(saved.length).toBeGreaterThan(40);
	const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
	const asBuilt = (path: string) => {
		const file = readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));
		return file[0] === 0x1f && file[1] === 0x8b ? [digest(file), digest(gunzipSync(file))] : [digest(file)];
	};
	expect(saved.filter(([path, kept]) => !asBuilt(path).includes(kept)).map(([path]) => path)).toEqual([]);
	return saved.map(([path]) => path);
}

/** Opens `path` and checks that the guide's styles came with it: Starlight's header is fixed only with them. */
export async function opensWithStyles(page: Page, path: string) {
	const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
	expect(response?.status(), `${path} offline`).toBe(200);
	const header = await page.evaluate(() => getComputedStyle(document.querySelector('header.header')!).position);
	expect(header, `${path} offline has its styles`).toBe('fixed');
}

/**
 * Saves the guide in `language` and reads it offline: every page, search, ticks, the plan, print, and the page for
 * what is not saved, each in the reader's language. The quick project runs it in one language, the full run in the
 * others (every language's pages are checked statically in tests/dist/offline.test.ts).
 */
export async function savedLanguageWorksOffline(page: Page, context: BrowserContext, language: string) {
	const words = strings[language]!;
	await page.goto(`/${language}/start-here/#offline`);
	await expect(page.locator('[data-offline-control] [data-state="offer"]')).toBeVisible();
	for (const scheme of ['light', 'dark'] as const) {
		await showScheme(page, scheme);
		expect(await axeViolations(page), `${language}: the offer to save, ${scheme}`).toEqual([]);
	}
	const control = await save(page, language);
	for (const scheme of ['light', 'dark'] as const) {
		await showScheme(page, scheme);
		expect(await axeViolations(page), `${language}: the saved state of the control, ${scheme}`).toEqual([]);
	}
	await expect(control).toContainText(words['guide.offline.remove']!);
	// The workshop PDFs are a choice of their own.
	const pdf = `/${language}/checklists/participation-guide-prework-${language}-a4.pdf`;
	expectBuilt(pdf);
	await control.getByRole('button', { name: new RegExp(words['guide.offline.addPdfs']!.split(' (')[0]!) }).click();
	await expect(control.getByText(words['guide.offline.savedPdfs']!)).toBeVisible();

	await context.setOffline(true);
	// Every page comes from the saved copy (npm run test:full opens each one); a sample of templates opens here.
	const pages = builtPages().filter((path) => path.startsWith(`/${language}/`));
	expect(pages.length).toBeGreaterThan(40);
	const served = await page.evaluate(
		(paths) => Promise.all(paths.map(async (path) => `${path} ${(await fetch(path)).status}`)),
		pages,
	);
	expect(served).toEqual(pages.map((path) => `${path} 200`));
	expect(await savedCopyMatchesBuild(page), 'every page of the language is saved').toEqual(
		expect.arrayContaining(pages),
	);
	const pdfType = await page.evaluate(
		(path) => fetch(path).then((response) => response.headers.get('content-type')),
		pdf,
	);
	expect(pdfType, 'the saved PDF offline').toMatch(/pdf/);
	for (const path of [`/${language}/`, `/${language}/process/prework/identify-stakeholders/`])
		await opensWithStyles(page, path);

	await (await openSearch(page)).fill(words['guide.phase.prework']!);
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
	for (const path of await resultPaths(page)) expect(path).toMatch(new RegExp(`^/${language}/`));

	await page.goto(`/${language}/checklists/prework/`);
	await page.locator('input[data-tick]').first().check();
	await page.reload();
	await expect(page.locator('input[data-tick]').first()).toBeChecked();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('.print-sheet').first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// The plan keeps what is typed, and makes its Word document, with its library loaded from the saved copy.
	await page.goto(`/${language}/plan/`);
	await page.locator('[data-field="process.name"]').fill('Offline plan');
	await expect(page.locator('[data-plan-saved]')).not.toHaveText(words['guide.plan.notSavedYet']!);
	await page.reload();
	await expect(page.locator('[data-field="process.name"]')).toHaveValue('Offline plan');
	const [docx] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: words['guide.plan.exportDocx']! }).click(),
	]);
	expect(docx.suggestedFilename()).toBe('offline-plan.docx');

	// From a page of this language to one in another, not saved: a short page in the reader's language says so,
	// and links to what is saved.
	const notSaved = `/${languageCodes.find((code) => code !== language)}/about/`;
	await page.goto(`/${language}/about/`);
	await page.evaluate((href) => location.assign(href), notSaved);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(words['guide.offline.unavailable.title']!);
	await expect(page.locator('html')).toHaveAttribute('lang', languages[language]!.lang);
	for (const scheme of ['light', 'dark'] as const) {
		await showScheme(page, scheme);
		expect(await axeViolations(page), `${language}: the page for what is not saved, ${scheme}`).toEqual([]);
	}
	await page.getByRole('link', { name: languages[language]!.label, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/${language}/$`));
	await expect(page.locator('main')).not.toContainText(words['guide.offline.unavailable.title']!);
}
