import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from '@playwright/test';
import axe from 'axe-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { languageCodes } from '../../src/languages.ts';
import { readPage } from '../../src/lib/content.ts';
import { fingerprint } from '../../src/lib/translations.ts';
import { chromiumArgs, systemChromium } from '../../src/lib/chromium.ts';
import { processSteps } from '../../src/lib/process.ts';
import { phases } from '../../src/schemas/frontmatter.ts';
import { serveBuiltSite } from '../../src/lib/serve-built-site.ts';
import { readBuiltPage, siteProblems } from '../dist/built-site.ts';
import { offlineProblems, savedSet } from '../dist/offline-files.ts';
import { copyOfTheGuide } from './project.ts';

// A CSO forks the guide, publishes it on a GitHub Pages project site and starts a right-to-left third language,
// in the three steps README.md gives: one entry in src/languages.ts, one content/i18n/<lang>.json, one folder of
// pages (here a single page). One build of that copy, with PDFs, is checked from every side below.
const base = '/participation-guide/';
const guide = copyOfTheGuide();
const dist = join(guide.dir, 'dist');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'rtl-language');
const markdownFixtures = join(import.meta.dirname, '..', 'fixtures', 'markdown-features');
let build: { status: number | null; output: string };
let browser: Browser | undefined;

before(() => {
	guide.write(
		'src/languages.ts',
		guide
			.read('src/languages.ts')
			.replace(
				"\tes: { label: 'Español', lang: 'es', complete: true },\n",
				"$&\tur: { label: 'اردو', lang: 'ur', dir: 'rtl', complete: false },\n",
			),
	);
	// Test strings, not a translation: each English string marked with the Urdu word for "test".
	const english = JSON.parse(guide.read('content/i18n/en.json')) as Record<string, string>;
	guide.write(
		'content/i18n/ur.json',
		JSON.stringify(Object.fromEntries(Object.entries(english).map(([key, text]) => [key, `آزمائش ${text}`]))),
	);
	guide.write('content/docs/ur/checklists/prework.mdx', readFileSync(join(fixtures, 'prework-checklist.mdx'), 'utf8'));
	// An English change after the Spanish translation: the Spanish page must say so, under the path too.
	guide.write(
		'content/docs/en/about.mdx',
		guide
			.read('content/docs/en/about.mdx')
			.replace('## Who made the framework', 'A sentence added in English only.\n\n## Who made the framework'),
	);
	// A contributor's GitHub-flavoured Markdown, in an .mdx and an .md page of each language (tests/fixtures/markdown-features/).
	for (const ext of ['mdx', 'md']) {
		const file = (lang: string) => `content/docs/${lang}/zz-markdown-features-${ext}.${ext}`;
		guide.write(file('en'), readFileSync(join(markdownFixtures, `en.${ext}`), 'utf8'));
		const english = readPage(join(guide.dir, file('en')), guide.dir, join(guide.dir, 'content/docs'));
		guide.write(
			file('es'),
			readFileSync(join(markdownFixtures, `es.${ext}`), 'utf8').replace(
				'---\n',
				`---\nsourceFingerprint: ${fingerprint({ title: english.frontmatter.title, description: english.frontmatter.description, body: english.body })}\n`,
			),
		);
	}
	build = guide.build({ SITE_URL: `https://org.github.io${base}`, CHECKLIST_PDFS: 'auto' });
});
after(async () => {
	await browser?.close();
	guide.remove();
});

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const englishPages = () =>
	readdirSync(join(dist, 'en'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));

test('the adopted guide builds under a path with a third language', () => {
	assert.equal(build.status, 0, build.output);
});

test('every internal link, asset and alternate of the built site resolves under the path', async () => {
	const problems = await siteProblems({ dist, base });
	for (const check of ['links', 'requests'] as const)
		assert.deepEqual(problems[check], [], `${check}:\n${problems[check].join('\n')}`);
	assert.match(
		page('es/about'),
		/<link rel="alternate" hreflang="ur" href="https:\/\/org\.github\.io\/participation-guide\/ur\/about\/"/,
	);
	assert.match(
		readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'),
		/<loc>https:\/\/org\.github\.io\/participation-guide\/ur\/checklists\/prework\/<\/loc>/,
	);
	assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), /<a href="\/participation-guide\/ur\/" hreflang="ur"/);
});

test('the new language reads right to left, on every page, with its own strings and page', () => {
	for (const file of englishPages()) {
		const html = readFileSync(join(dist, 'ur', file), 'utf8');
		assert.match(html, /<html lang="ur" dir="rtl"/, `ur/${file} is not right to left`);
	}
	const translated = page('ur/checklists/prework');
	assert.match(translated, /آزمائشی متن/);
	assert.doesNotMatch(translated, /sl-fallback|not available in your language/);
	assert.match(translated, /href="\/participation-guide\/ur\/case-studies\/leon\/#context"/);
	assert.match(translated, /آزمائش Before you begin/, 'the sidebar groups read in the new language');
});

test('a page not yet translated shows the English text with Starlight’s notice, and is in the sidebar', () => {
	const about = page('ur/about');
	assert.match(about, /About the guide/);
	assert.match(about, /class="[^"]*sl-fallback|This content is not available in your language yet/);
	// Each page's sidebar opens its own section (src/lib/sidebar-sections.ts): every step, though untranslated, is in
	// its own page's sidebar, and About's leads to where the process starts.
	assert.match(about, new RegExp(`href="${base}ur/process/"`), 'the sidebar lacks the process');
	for (const { slug } of processSteps())
		assert.match(
			page(`ur/${slug}`),
			new RegExp(`href="${base}ur/${slug}/" aria-current="page"`),
			`the sidebar lacks ${slug}`,
		);
});

test('on a translated page, checklist items and glossary terms not yet translated read in English, marked as English', () => {
	assert.match(page('ur/checklists/prework'), /<label for="tick-[^"]+" lang="en"[^>]*>/);
	assert.match(page('ur/glossary'), /<dd lang="en"[^>]*>/);
});

test('GitHub-flavoured Markdown renders as on GitHub, in .md and .mdx, in both languages: tables, footnotes, strikethrough, task lists, autolinks', () => {
	const autolinks = {
		mdx: ['https://example.org/mdx', 'http://www.example.com'],
		md: ['https://example.org/md', 'https://example.net/bare'],
	};
	for (const ext of ['mdx', 'md'] as const)
		for (const lang of ['en', 'es']) {
			const path = `${lang}/zz-markdown-features-${ext}`;
			const main = select('main', readBuiltPage(dist, `/${path}/`));
			assert.ok(main, `${path}: no <main>`);
			const table = select('.sl-markdown-content table', main);
			assert.equal(table && selectAll('thead th', table).length, ext === 'mdx' ? 3 : 2, `${path}: the table`);
			if (ext === 'mdx')
				assert.match(String(selectAll('th', table ?? main)[1]?.properties.style), /text-align: ?center/);
			// A footnote: a numbered reference to a note at the end, and the note back to it, on the page itself
			// (the base path goes in front of the site's links, never in front of a link within the page).
			const reference = select('sup a[data-footnote-ref]', main);
			const target = String(reference?.properties.href ?? '');
			assert.match(target, /^#\S+$/, `${path}: the footnote reference`);
			const note = select(`section[data-footnotes] li[id="${target.slice(1)}"]`, main);
			assert.ok(note && toText(note).trim().length > 10, `${path}: the footnote ${target} has no note`);
			assert.equal(select('a[data-footnote-backref]', note)?.properties.href, `#${String(reference?.properties.id)}`);
			assert.ok(toText(select('del', main) ?? { type: 'text', value: '' }).trim(), `${path}: no strikethrough`);
			const boxes = selectAll('li.task-list-item input[type="checkbox"]', main);
			assert.deepEqual(
				boxes.map((box) => [box.properties.checked === true, box.properties.disabled === true]),
				[
					[true, true],
					[false, true],
				],
				`${path}: the task list`,
			);
			for (const href of autolinks[ext]) assert.ok(select(`a[href="${href}"]`, main), `${path}: ${href} is not a link`);
		}
});

test('the Spanish page says its English text changed, linking to the English page under the path', () => {
	assert.match(page('es/about'), /<aside class="translation-notice[\s\S]*?href="\/participation-guide\/en\/about\/"/);
	assert.doesNotMatch(page('es/start-here'), /<aside class="translation-notice/);
});

test('the sheets print their address under the path, and every PDF, in every language, fits its pages', async () => {
	assert.match(
		page('ur/checklists/prework'),
		/https:\/\/org\.github\.io\/participation-guide\/ur\/checklists\/prework\//,
	);
	for (const lang of [...languageCodes, 'ur']) {
		for (const phase of phases) {
			const file = join(dist, lang, 'checklists', `participation-guide-${phase}-${lang}-a4.pdf`);
			assert.ok(existsSync(file), `${file} was not made`);
			const { totalPages } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), {
				mergePages: false,
			});
			assert.equal(totalPages, 1, `${lang} ${phase} does not fit one A4 sheet`);
		}
	}
	assert.match(
		page('ur/checklists/prework'),
		new RegExp(`href="${base}ur/checklists/participation-guide-prework-ur-a4\\.pdf"`),
	);
});

/** WCAG A and AA violations of the page as it shows now, one line each. */
async function axeViolations(tab: Page): Promise<string[]> {
	if (!(await tab.evaluate(() => 'axe' in window))) await tab.evaluate(axe.source);
	return tab.evaluate(async () => {
		const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
		const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
			runOnly: { type: 'tag', values: tags },
		});
		return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

test('right to left lays out as a reader expects, on screen and in print; its page and the translation notice pass axe', async () => {
	browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
	const { server, origin } = await serveBuiltSite(dist, base);
	try {
		const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await tab.goto(`${origin}${base}ur/checklists/prework/`);
		const sidebar = await tab.locator('#starlight__sidebar').boundingBox();
		const main = await tab.locator('main').boundingBox();
		assert.ok(sidebar && main && sidebar.x > main.x, 'the sidebar stands on the right of the text');
		await tab.emulateMedia({ media: 'print' });
		const sheet = tab.locator('.print-sheet').first();
		assert.equal(await sheet.evaluate((element) => getComputedStyle(element).direction), 'rtl');
		const heading = await sheet.locator('h2').boundingBox();
		const box = await sheet.boundingBox();
		assert.ok(
			heading && box && box.x + box.width - (heading.x + heading.width) < 2,
			'the sheet title starts on the right',
		);
		// The pages only this build has: a right-to-left page, and a translation notice, in both colour schemes.
		for (const path of ['ur/checklists/prework/', 'es/about/']) {
			await tab.emulateMedia({ media: 'screen', colorScheme: 'light' });
			await tab.goto(`${origin}${base}${path}`);
			assert.deepEqual(await axeViolations(tab), [], `${path} in light`);
			await tab.emulateMedia({ colorScheme: 'dark' });
			await tab.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
			assert.deepEqual(await axeViolations(tab), [], `${path} in dark`);
		}
	} finally {
		server.close();
	}
});

test('offline works under the path: each language saves its pages there, and a page opened stays readable', async () => {
	assert.deepEqual(offlineProblems({ dist, base }), []);
	const urdu = savedSet(dist, 'ur');
	assert.ok(
		urdu?.files.some(({ url }) => url === `${base}ur/checklists/prework/`),
		'the new language can be saved',
	);
	// The worker under the path: it starts, keeps the page just read, and serves it with no connection.
	browser ??= await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
	const { server, origin } = await serveBuiltSite(dist, base);
	const context = await browser.newContext();
	try {
		const tab = await context.newPage();
		await tab.goto(`${origin}${base}ur/checklists/prework/`);
		await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);
		// (waitForFunction does not wait for a promise: ask until the page is kept.)
		const kept = () =>
			tab.evaluate(() =>
				caches
					.open('guide-opened-pages')
					.then((cache) => cache.match(location.href))
					.then(Boolean),
			);
		for (let tries = 0; tries < 100 && !(await kept()); tries++) await tab.waitForTimeout(100);
		await context.setOffline(true);
		const response = await tab.reload();
		assert.equal(response?.status(), 200);
		assert.equal(
			await tab.evaluate(() => getComputedStyle(document.querySelector('header.header')!).position),
			'fixed',
		);
	} finally {
		await context.close();
		server.close();
	}
});
