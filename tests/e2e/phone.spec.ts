// The guide on a 360 px phone: what the offline box says while its code is on its way (and without JavaScript), the
// language switch in the first screen of the menu, sizes as the guide shows them, buttons side by side as tall as each
// other, and a printed checklist that says whether it is the blank sheet or the reader's ticks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { formatSize } from '../../src/common/byte-size.ts';
import { sizesFile, type SetSizes } from '../../src/common/offline-protocol.ts';
import { languageCodes } from '../../src/languages.ts';
import { stringsByLanguage } from '../../src/lib/ui-strings.ts';
import { test } from './site';

const strings = stringsByLanguage();
const words = (lang: string) => strings[lang]!;
const phone = { width: 360, height: 740 };
const sizes = JSON.parse(readFileSync(join('dist', sizesFile), 'utf8')) as Record<string, SetSizes>;

/** A page at 360 px in a context of its own (`javaScriptEnabled: false` for a reader without JavaScript). */
async function onPhone(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
	const context = await browser.newContext({ viewport: phone, baseURL: test.info().project.use.baseURL, ...options });
	return { context, page: await context.newPage() };
}

/** The texts of the offline control's states a reader sees now. */
const shownStates = (page: Page) =>
	page
		.locator('[data-offline-control] [data-state]')
		.evaluateAll((parts) =>
			parts
				.filter((part) => (part as HTMLElement).checkVisibility())
				.map((part) => (part as HTMLElement).dataset.state),
		);

test.describe('the offline box says only what is true', () => {
	test('without JavaScript, that saving needs it, and nothing else', async ({ browser }) => {
		const { context, page } = await onPhone(browser, { javaScriptEnabled: false });
		for (const lang of languageCodes) {
			await page.goto(`/${lang}/start-here/#offline`);
			expect(await shownStates(page), lang).toEqual(['needs']);
			await expect(page.locator('[data-state="needs"]')).toHaveText(words(lang)['guide.offline.needs']!);
		}
		await context.close();
	});

	test('on a slow line, that the choice is loading, then what saving really costs; never that it cannot save', async ({
		browser,
	}) => {
		const { context, page } = await onPhone(browser);
		let release = () => {};
		const arrived = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/offline-control.*.js', async (route) => {
			await arrived;
			await route.continue();
		});
		await page.goto('/es/start-here/#offline');
		await expect(page.locator('[data-state="loading"]')).toHaveText(words('es')['guide.offline.loading']!);
		expect(await shownStates(page)).toEqual(['loading']);
		release();
		const offer = page.locator('[data-offer]');
		await expect(offer).toContainText(formatSize(sizes.es!.transfer, 'es'));
		await expect(offer).toContainText(formatSize(sizes.es!.storage, 'es'));
		expect(await shownStates(page)).toEqual(['offer']);
		await context.close();
	});

	test('when its code does not arrive, that it did not load; without service workers, that this browser cannot save', async ({
		browser,
	}) => {
		const { context, page } = await onPhone(browser);
		await page.route('**/_astro/offline-control.*.js', (route) => route.abort('internetdisconnected'));
		await page.goto('/en/start-here/#offline');
		await expect(page.locator('[data-state="not-loaded"]')).toHaveText(words('en')['guide.offline.notLoaded']!);
		expect(await shownStates(page)).toEqual(['not-loaded']);

		await context.close();

		const withoutWorkers = await onPhone(browser);
		await withoutWorkers.page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'serviceWorker'));
		await withoutWorkers.page.goto('/en/start-here/#offline');
		await expect(withoutWorkers.page.locator('[data-state="unsupported"]')).toBeVisible();
		expect(await shownStates(withoutWorkers.page)).toEqual(['unsupported']);
		await withoutWorkers.context.close();
	});
});

test('the language switch is in the first screen of the open menu, in every language', async ({ browser }) => {
	const { context, page } = await onPhone(browser);
	for (const lang of languageCodes) {
		await page.goto(`/${lang}/process/execution/write-the-plan/`);
		await page.locator('button.sl-menu-button').click();
		const menu = page.locator('#starlight__sidebar');
		await expect(menu.locator('starlight-lang-select select'), lang).toBeInViewport({ ratio: 1 });
		// First, above the menu's entries, in the reading and keyboard order too.
		const [select, firstEntry] = await Promise.all([
			menu.locator('starlight-lang-select select').boundingBox(),
			menu.locator('ul a').first().boundingBox(),
		]);
		expect(select!.y + select!.height, lang).toBeLessThanOrEqual(firstEntry!.y);
		await page.keyboard.press('Escape');
	}
	await context.close();
});

/** Visible buttons side by side (the same parent, overlapping rows) that differ in top or height, as "text: box". */
const unevenRows = (page: Page) =>
	page.locator('main').evaluate((main) => {
		const buttons = [...main.querySelectorAll<HTMLElement>('.guide-button')].filter((button) =>
			button.checkVisibility(),
		);
		const box = (button: HTMLElement) => button.getBoundingClientRect();
		const describe = (button: HTMLElement) =>
			`${button.textContent.trim()}: ${Math.round(box(button).height)}px at ${Math.round(box(button).top)}`;
		return buttons.flatMap((button, index) =>
			buttons
				.slice(index + 1)
				.filter((other) => other.parentElement === button.parentElement)
				.filter((other) => box(other).top < box(button).bottom && box(button).top < box(other).bottom)
				.filter(
					(other) =>
						Math.abs(box(other).top - box(button).top) > 1 || Math.abs(box(other).height - box(button).height) > 1,
				)
				.map((other) => `${describe(button)} | ${describe(other)}`),
		);
	});

test('buttons side by side are as tall as each other, at 360 px and wider', async ({ browser }) => {
	test.setTimeout(90_000);
	const { context, page } = await onPhone(browser);
	for (const width of [360, 480, 800]) {
		await page.setViewportSize({ ...phone, width });
		for (const path of ['/en/checklists/prework/', '/es/checklists/workshop-pack/', '/es/plan/', '/en/kit/consent/']) {
			await page.goto(path);
			await expect(page.locator('.guide-button:visible').first()).toBeVisible();
			expect(await unevenRows(page), `${path} at ${width} px`).toEqual([]);
		}
	}
	await context.close();
});

test.describe('sizes as the guide shows them', () => {
	test('on a 360 px phone the PDFs’ size is real, and never breaks across lines inside its button', async ({
		browser,
	}) => {
		const context = await browser.newContext({
			viewport: phone,
			baseURL: test.info().project.use.baseURL,
			serviceWorkers: 'allow',
		});
		const page = await context.newPage();
		await page.goto('/es/start-here/#offline');
		const control = page.locator('[data-offline-control]');
		await control.getByRole('button', { name: words('es')['guide.offline.save'] }).click();
		await expect(control.locator('[data-state="saved"]')).toBeVisible({ timeout: 30_000 });
		const addPdfs = control.locator('[data-add-pdfs]');
		const size = formatSize(sizes['es-pdfs']!.transfer, 'es');
		await expect(addPdfs).toHaveText(words('es')['guide.offline.addPdfs']!.replace('{{download}}', size));
		// The lines the "(…)" part of the button's text takes: one.
		const lines = await addPdfs.evaluate((button) => {
			const text = button.firstChild!;
			const range = document.createRange();
			range.setStart(text, text.textContent!.indexOf('('));
			range.setEnd(text, text.textContent!.length);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		});
		expect(lines).toBe(1);
		expect(await unevenRows(page)).toEqual([]);
		await context.close();
	});
});

test.describe('a printed checklist says what it is', () => {
	/** Prints as the reader's browser would: the buttons' choice, then the printed view, as it stands at `beforeprint`. */
	async function printed(page: Page, button?: string) {
		if (button) await page.getByRole('button', { name: button }).click();
		else await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await page.emulateMedia({ media: 'print' });
		const sheet = {
			title: await page.title(),
			kind: await page.locator('[data-sheet-kind]').first().innerText(),
			marks: await page
				.locator('.print-sheet .guide-checklist label')
				.evaluateAll((labels) => labels.map((label) => getComputedStyle(label, '::before').content)),
		};
		await page.emulateMedia({ media: 'screen' });
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		return sheet;
	}

	test('the reader chooses the blank sheet or their ticks, and the sheet and its title say which', async ({ page }) => {
		// The print dialog is the browser's: here printing stops at what would print.
		await page.addInitScript(() => (window.print = () => dispatchEvent(new Event('beforeprint'))));
		await page.goto('/en/checklists/prework/');
		const title = await page.title();
		const boxes = page.locator('.print-sheet input[data-tick]');
		const total = await boxes.count();
		await boxes.nth(0).check();
		await boxes.nth(3).check();
		const en = words('en');

		const blank = await printed(page, en['guide.checklist.printBlank']);
		expect(blank.kind).toBe(en['guide.checklist.kindBlank']);
		expect(blank.title).toBe(title);
		expect(blank.marks.filter((mark) => mark.includes('✓'))).toEqual([]);

		const ticks = await printed(page, en['guide.checklist.printTicks']);
		expect(ticks.kind).toMatch(
			new RegExp(`^Printed on .+ with the ticks kept on this device: 2 of ${total} ticked\\.$`),
		);
		expect(ticks.title).toBe(en['guide.checklist.ticksTitle']!.replace('{{title}}', title));
		expect(ticks.marks.filter((mark) => mark.includes('✓'))).toHaveLength(2);

		// The browser's own print menu prints the blank sheet, as the PDFs are, and the page is as it was.
		const menu = await printed(page);
		expect(menu.kind).toBe(en['guide.checklist.kindBlank']);
		expect(menu.marks.filter((mark) => mark.includes('✓'))).toEqual([]);
		expect(await page.title()).toBe(title);
		await expect(boxes.nth(3)).toBeChecked();
	});
});
