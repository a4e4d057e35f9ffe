// The guide with no connection: saving a language, every page of it offline, search, ticks, updates, the page for
// what is not saved, and what a reader is told when saving fails. Each test has its own browser context, so its own
// service worker and saved copy.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from '@playwright/test';
import * as pagefind from 'pagefind';
import { makeOffline } from '../../src/integrations/offline.ts';
import { languageCodes, languages } from '../../src/languages.ts';
import { serveBuiltSite } from '../../src/lib/serve-built-site.ts';
import { savedSet } from '../dist/offline-files.ts';
import {
	opensWithStyles,
	quickOfflineLanguage,
	save,
	savedCopyMatchesBuild,
	savedLanguageWorksOffline,
	strings,
} from './offline-helpers';
import { openSearch, resultPaths, test } from './site';

test.use({ serviceWorkers: 'allow' });
/** The lists of the files each set saves, by set: `en` → `/offline/en.<hash>.js`. */
const offlineLists = (root: string) =>
	Object.fromEntries(
		readdirSync(join(root, 'offline'))
			.filter((file) => /^[\w-]+\.\w+\.js$/.test(file) && !file.startsWith('zstd.'))
			.map((file) => [file.split('.')[0]!, `/offline/${file}`]),
	);

/** Pagefind's index of a built site, made again as Starlight makes it after a build. */
async function indexForSearch(root: string) {
	const { index } = await pagefind.createIndex();
	await index!.addDirectory({ path: root });
	rmSync(join(root, 'pagefind'), { recursive: true });
	await index!.writeFiles({ outputPath: join(root, 'pagefind') });
	await pagefind.close();
}

/** `site`: a copy of the built guide, served on its own port, that a test may change; every request is logged. */
const withCopy = test.extend<{ site: { root: string; origin: string; requested: string[] } }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
	site: async ({}, use) => {
		const root = mkdtempSync(join(tmpdir(), 'guide-offline-'));
		cpSync('dist', root, { recursive: true });
		const requested: string[] = [];
		const { server, origin } = await serveBuiltSite(root, '/', (path) => requested.push(path));
		await use({ root, origin, requested });
		server.close();
		rmSync(root, { recursive: true, force: true });
	},
});

test(`saved in ${languages[quickOfflineLanguage]!.label}: every page, search, ticks, the plan and print work offline; what is not saved says so`, ({
	page,
	context,
}) => savedLanguageWorksOffline(page, context, quickOfflineLanguage));

withCopy(
	'when a method card changes, the saved copy fetches that card and the page of printable cards alone, and its postings, within 60 KB, rebuilds its search index, and reads and finds the new text offline',
	async ({ page, context, site }) => {
		// Pagefind and the offline files are made again: about as long as the end of a build.
		test.setTimeout(120_000);
		// First as Pagefind indexes the finished pages: the build indexes them before it writes its PDFs' sizes in.
		await indexForSearch(site.root);
		await makeOffline(site.root, '/');
		const control = await save(page, 'en', site.origin);
		const before = savedSet(site.root, 'en')!;
		// A first save makes the search index from the pages' text and the index's recipe: the index does not come.
		expect(site.requested).toContain(before.search!.recipe!.file);
		expect(site.requested).not.toContain(before.packs['en-index']!.file);
		expect(site.requested.filter((path) => path.startsWith('/pagefind/index/'))).toEqual([]);

		// One card's text changes, and with it the page that prints every card (the heaviest case: that page repeats
		// every card); Pagefind and the offline files are made again, as the build makes them.
		const sentence = 'A sentence added to test updates, with the word zygomorphic.';
		const edit = (path: string, after: string) => {
			const file = join(site.root, ...path.split('/'), 'index.html');
			const html = readFileSync(file, 'utf8');
			expect(html, path).toContain(after);
			writeFileSync(file, html.replace(after, `${after}<p>${sentence}</p>`));
		};
		edit('en/methods/focus-group', '</h1>');
		edit('en/methods/print', '<h2 id="card-focus-group">Focus group</h2>');
		await indexForSearch(site.root);
		await makeOffline(site.root, '/');
		const after = savedSet(site.root, 'en')!;
		const changed = after.files.filter(
			({ url, revision }) => !before.files.some((file) => file.url === url && file.revision === revision),
		);
		expect(
			changed
				.map(({ url }) => url)
				.filter((url) => !url.startsWith('/pagefind/'))
				.sort(),
			'the pages that changed',
		).toEqual(['/en/methods/focus-group/', '/en/methods/print/']);

		site.requested.length = 0;
		// Browsers look for a new version by themselves as pages open; this looks at once.
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
		const updated = () =>
			page.evaluate(() =>
				navigator.serviceWorker.getRegistration().then((registration) => Boolean(registration?.waiting)),
			);
		await expect.poll(updated, { timeout: 20_000 }).toBe(true);
		// The worker, its lists and its decoder; the files that changed, each alone; the index's new metadata and the
		// card's postings. Not the whole index, nor the methods' pack, nor the pages of another section.
		const worker = ['/sw.js', ...Object.values(offlineLists(site.root))];
		const isDecoder = (path: string) => /^\/offline\/zstd\.\w+\.js$/.test(path);
		const fetched = site.requested.filter((path) => !worker.includes(path) && !isDecoder(path));
		const postings = after.search!.postings;
		const newPages = Object.keys(postings).filter((hash) => !(hash in before.search!.postings));
		expect(newPages, 'the pages whose search fragment changed').toHaveLength(1);
		expect(fetched).not.toContain(after.packs['en-index']!.file);
		expect(fetched).not.toContain(after.packs['en-methods']!.file);
		// The index's chunks are rebuilt, not fetched: of what changed, only the files of a pack come, each alone.
		const alone = changed.flatMap(({ alone }) => alone?.file ?? []);
		expect(alone, 'the card, its search fragment and the page of printable cards').toHaveLength(3);
		expect(fetched).toEqual(expect.arrayContaining([...alone, after.search!.meta, postings[newPages[0]!]!]));
		const allowed = new Set([...alone, after.search!.meta, postings[newPages[0]!]!, '/pagefind/pagefind-entry.json']);
		expect(fetched.filter((path) => !allowed.has(path))).toEqual([]);
		const sent = (path: string) => {
			const body = readFileSync(join(site.root, path));
			return path.endsWith('.js') || path.endsWith('.json') ? gzipSync(body).length : body.length; // as servers send them
		};
		const bytes = site.requested.reduce((sum, path) => sum + sent(path), 0);
		expect(bytes, 'bytes of the update').toBeLessThanOrEqual(60 * 1024);

		// The reader sees the new version waiting, and takes it: what is saved is the new build, byte for byte, and
		// search finds the new word with no connection.
		await page.reload();
		const reload = control.getByRole('button', { name: strings.en!['guide.offline.reload'] });
		await expect(reload).toBeVisible();
		await Promise.all([page.waitForEvent('load'), reload.click()]);
		await context.setOffline(true);
		for (const path of ['/en/methods/focus-group/', '/en/methods/print/']) {
			await page.goto(`${site.origin}${path}`);
			await expect(page.locator('main')).toContainText(sentence);
		}
		await savedCopyMatchesBuild(page, site.root);
		await (await openSearch(page)).fill('zygomorphic');
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
		const found = await resultPaths(page);
		expect(found).toEqual(['/en/methods/focus-group/']);
	},
);

withCopy(
	'when saving fails, the reader is told and nothing is shown as saved; a retry fetches only the rest; removing empties it',
	async ({ page, site }) => {
		const words = strings.en!;
		// A file fetched on its own, not in a pack: the search index's list of pages.
		const chunk = join(
			site.root,
			savedSet(site.root, 'en')!.files.find(({ url, pack }) => !pack && url.startsWith('/pagefind/pagefind.'))!.url,
		);
		const searchIndex = readFileSync(chunk);
		rmSync(chunk);

		await page.goto(`${site.origin}/en/start-here/#offline`);
		const control = page.locator('[data-offline-control]');
		await control.getByRole('button', { name: words['guide.offline.save'] }).click();
		await expect(control.getByRole('status')).toHaveText(words['guide.offline.failedNetwork']!);
		await expect(control.getByRole('button', { name: words['guide.offline.save'] })).toBeVisible();
		await expect(control.locator('[data-state="saved"]')).toBeHidden();

		writeFileSync(chunk, searchIndex);
		const fetchedFirst = new Set(site.requested);
		site.requested.length = 0;
		await control.getByRole('button', { name: words['guide.offline.save'] }).click();
		// As on a first save, the search index is made on the device: a few seconds on a slow phone.
		await expect(control.locator('[data-state="saved"]')).toBeVisible({ timeout: 30_000 });
		const fetchedAgain = site.requested.filter((path) => fetchedFirst.has(path) && path.endsWith('.zst'));
		expect(fetchedAgain, 'packs saved before the failure are not fetched again').toEqual([]);

		// Removing the saved guide takes its files away.
		await control.getByRole('button', { name: words['guide.offline.remove']! }).click();
		await expect(control.getByRole('status')).toHaveText(words['guide.offline.removed']!);
		await expect(control.getByRole('button', { name: words['guide.offline.save']! })).toBeVisible();
		const left = await page.evaluate(() => caches.open('guide-saved').then((cache) => cache.keys()));
		expect(left, 'files left in the saved copy').toEqual([]);
	},
);

test('when space runs out, the reader is told how much the guide needs, and nothing is shown as saved', async ({
	page,
	context,
}) => {
	await page.goto('/en/start-here/#offline');
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 100_000 });
	const control = page.locator('[data-offline-control]');
	await control.getByRole('button', { name: strings.en!['guide.offline.save'] }).click();
	await expect(control.getByRole('status')).toContainText(strings.en!['guide.offline.failedSpace']!.split('{{')[0]!);
	await expect(control.locator('[data-state="saved"]')).toBeHidden();
});

test('without saving, the pages a reader opened stay readable offline, with their styles', async ({
	page,
	context,
}) => {
	// The first page is kept by the worker that this visit starts; the next ones as they open.
	await page.goto('/es/about/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
	await page.goto('/es/glossary/');
	await expect
		.poll(() =>
			page.evaluate(() =>
				caches
					.open('guide-opened-pages')
					.then((cache) => cache.keys())
					.then((keys) => keys.length),
			),
		)
		.toBeGreaterThanOrEqual(2);
	await context.setOffline(true);
	for (const path of ['/es/about/', '/es/glossary/']) await opensWithStyles(page, path);
	await page.goto('/es/dilemmas/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings.es!['guide.offline.unavailable.title']!);
	await expect(page.getByRole('link', { name: /Glosario/ })).toBeVisible();
});

test('on a 360 px screen, the home pages and the 404 page reach the menu and the language switch', async ({
	browser,
}) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		baseURL: test.info().project.use.baseURL,
	});
	const page = await context.newPage();
	for (const path of [...languageCodes.map((code) => `/${code}/`), '/404.html']) {
		await page.goto(path);
		await expect(page.locator(`a[href$="/start-here/#offline"]`), `${path}: the offline control`).toHaveCount(1);
		await page.locator('button.sl-menu-button').click();
		await expect(page.locator('#starlight__sidebar starlight-lang-select select'), path).toBeVisible();
		await page.keyboard.press('Escape');
	}
	await context.close();
});
