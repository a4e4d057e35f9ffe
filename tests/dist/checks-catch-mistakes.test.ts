// Each check of built-site.ts can fail: a tiny site with one planted mistake per check must be caught, and the same
// site without them must pass.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { siteProblems, type CheckName } from './built-site.ts';

const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function writeSite(files: Record<string, string>): string {
	const dist = mkdtempSync(join(tmpdir(), 'guide-dist-'));
	folders.push(dist);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, file)), { recursive: true });
		writeFileSync(join(dist, file), text);
	}
	return dist;
}

const page = (lang: string, title: string, body: string, { mainLang = lang } = {}) =>
	`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="{base}_astro/site.css"></head>` +
	`<body><main lang="${mainLang}"><h1 id="_top">${title}</h1>${body}</main></body></html>`;
const text = '<p>Enough words for a reader without JavaScript to read.</p>';

/** A site that passes every check, under `base`; `mistakes` replaces or adds files. */
function site(base: string, mistakes: Record<string, string> = {}) {
	const files: Record<string, string> = {
		'index.html': page(
			'en',
			'Front door',
			'<a href="{base}en/a/" hreflang="en">English</a> <a href="{base}es/a/" hreflang="es">Español</a>',
		),
		'404.html': page('en', 'Not found', `${text}<a href="{base}en/">Home</a>`),
		'en/index.html': page('en', 'Guide', `${text}<a href="a/">A</a> <a href="{base}en/b/#part">B, part</a>`),
		'es/index.html': page('es', 'Guía', `${text}<a href="a/">A</a>`),
		'en/a/index.html': page(
			'en',
			'Page A',
			`${text}<img src="{base}favicon.svg" alt="Logo"><a href="../b/">B</a> <a href="#_top">Top</a>`,
		),
		'es/a/index.html': page('es', 'Página A', `${text}<a href="{base}es/b/#parte">B</a>`),
		'en/b/index.html': page('en', 'Page B', `${text}<h2 id="part">Part</h2>${text}`),
		'es/b/index.html': page('es', 'Página B', `${text}<h2 id="parte">Parte</h2>${text}`),
		'_astro/site.css': 'body { background: url({base}favicon.svg); }',
		'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		...mistakes,
	};
	return writeSite(
		Object.fromEntries(Object.entries(files).map(([file, text]) => [file, text.replaceAll('{base}', base)])),
	);
}

const base = '/guide/';
// Both at once: each scan waits on its html-validate thread.
const [clean, mistaken] = await Promise.all([
	siteProblems({ dist: site('/'), base: '/' }),
	siteProblems({
		dist: site(base, {
			'en/a/index.html': page(
				'en',
				'Page A',
				`${text}<img src="https://cdn.example/x.png" alt="Logo"><ul><div>Not a list item</div></ul>`,
			),
			'_astro/site.css': '@font-face { font-family: Guide; src: url(https://fonts.example/f.woff2); }',
			'en/b/index.html': page(
				'en',
				'Page B',
				`${text}<h2 id="part">Part</h2><script>fetch('https://api.example/count')</script>`,
			),
			'en/empty/index.html': page(
				'en',
				'Empty',
				'<div hidden>All the text, hidden from readers without JavaScript.</div>',
			),
			'es/empty/index.html': page('es', 'Vacía', text),
			'en/english-only/index.html': page('en', 'English only', text),
			'es/solo-en-espanol/index.html': page('es', 'Solo en español', text),
			'es/b/index.html': page('es', 'Page B', text, { mainLang: 'en' }),
			'es/a/index.html': page(
				'es',
				'Página A',
				`${text}<a href="{base}es/nowhere/">Nada</a> <a href="{base}es/empty/#no-such-heading">Vacía</a> <a href="/es/b/">Sin base</a> <a href="{base}es/sheet.pdf">PDF</a>`,
			),
		}),
		base,
	}),
]);

test('the tiny site without mistakes passes every check', () => {
	for (const [check, found] of Object.entries(clean))
		assert.deepEqual(found, [], `${check} found problems in a site that has none`);
});

const planted: [CheckName, string, string, RegExp][] = [
	['requests', 'an <img> from a CDN', '/en/a/', /<img> fetches https:\/\/cdn\.example\/x\.png from another origin/],
	[
		'requests',
		'a CSS url() to a font host',
		'/_astro/site.css',
		/fetches https:\/\/fonts\.example\/f\.woff2 from another origin/,
	],
	['requests', 'a fetch() in an inline script', '/en/b/', /inline <script> fetches https:\/\/api\.example\/count/],
	['mainText', 'a page whose main text is hidden', '/en/empty/', /shows only "Empty" without JavaScript/],
	['validHtml', 'a <div> inside a <ul>', '/en/a/', /element-permitted-content: .*<div>.*<ul>/],
	[
		'translations',
		'an English page without its Spanish counterpart',
		'/en/english-only/',
		/has no es counterpart \/es\/english-only\/: write content\/docs\/es\/english-only\.mdx/,
	],
	[
		'translations',
		'a Spanish page without its English source',
		'/es/solo-en-espanol/',
		/has no en page \/en\/solo-en-espanol\//,
	],
	['translations', 'Starlight’s English fallback in Spanish', '/es/b/', /the es translation is missing/],
	[
		'links',
		'a link to a page that does not exist',
		'/es/a/',
		/links to \/guide\/es\/nowhere\/, which is not in the built site/,
	],
	[
		'links',
		'a link to a heading that does not exist',
		'/es/a/',
		/links to \/guide\/es\/empty\/#no-such-heading, but \/es\/empty\/ has no element with id="no-such-heading"/,
	],
	['links', 'a root link without the base path', '/es/a/', /links to \/es\/b\/ without the site's base path \/guide\//],
	[
		'links',
		'a link to a PDF the build did not make',
		'/es/a/',
		/links to \/guide\/es\/sheet\.pdf, but this build made no PDFs/,
	],
];

for (const [check, mistake, where, expected] of planted) {
	test(`the ${check} check catches ${mistake}`, () => {
		const found = mistaken[check];
		assert.ok(
			found.some((line) => line.startsWith(`${where}: `) && expected.test(line)),
			`expected a line for ${where} matching ${expected}, got:\n${found.join('\n') || '(nothing)'}`,
		);
	});
}

test('each check reports only the planted mistakes', () => {
	const counts = Object.fromEntries(Object.entries(mistaken).map(([check, found]) => [check, found.length]));
	const expected = Object.fromEntries(
		Object.keys(mistaken).map((check) => [check, planted.filter(([name]) => name === check).length]),
	);
	assert.deepEqual(counts, expected, Object.values(mistaken).flat().join('\n'));
});
