// The offline guide in the built site: what each language saves, within its budget, and what reaches it.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtPages, languageOf, testedSite } from './built-site.ts';
import { offlineProblems, saveBudget, savedSet } from './offline-files.ts';

test('each language saves all its pages within 500 KB (and 3 KB for each page past 44), byte for byte as built, and every page reaches the menu, the offline control and its manifest', () => {
	const problems = offlineProblems(testedSite);
	if (problems.length > 0)
		throw new Error(`${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
});

test('the offline checks catch a page left out, a budget overrun, a saved copy unlike the page (in its pack and alone), postings unlike the search index, and a page without its links', () => {
	const dist = mkdtempSync(join(tmpdir(), 'guide-offline-dist-'));
	try {
		cpSync(testedSite.dist, dist, { recursive: true });
		const list = join(
			dist,
			'offline',
			readdirSync(join(dist, 'offline')).find((file) => file.startsWith('en.'))!,
		);
		const base = testedSite.base;
		const budget = saveBudget(builtPages(testedSite.dist).filter((page) => languageOf(page) === 'en').length);
		writeFileSync(
			list,
			readFileSync(list, 'utf8')
				.replace(new RegExp(`\\{"url":"${base}en/about/"[^{}]*(\\{[^}]*\\})?\\},?`), '')
				.replace(/"transfer":\d+/, `"transfer":${budget}`),
		);
		const sizes = join(dist, 'offline', 'sizes.json');
		writeFileSync(sizes, readFileSync(sizes, 'utf8').replace(/"transfer":\d+/, `"transfer":${budget + 1}`));
		const page = join(dist, 'en', 'glossary', 'index.html');
		writeFileSync(
			page,
			readFileSync(page, 'utf8')
				.replace(/<link rel="manifest"[^>]*>/, '')
				.replaceAll(`href="${base}en/start-here/#offline"`, 'href="#"')
				// The bundle every page loads, which starts the service worker.
				.replace(/<script type="module" src="[^"]*\/page\.[^"]*"><\/script>/, ''),
		);
		// One page's postings swapped for another's: the index they rebuild is not Pagefind's.
		const postings = Object.values(savedSet(dist, 'en')!.search!.postings);
		cpSync(join(dist, postings[1]!.slice(base.length)), join(dist, postings[0]!.slice(base.length)));
		const problems = offlineProblems({ dist, base });
		for (const expected of [
			'en: /en/about/ is not saved with its language',
			'en: saving it transfers',
			'en: /en/glossary/, as its pack "en-reference" brings it, differs from the built file',
			'en: /en/glossary/, as it comes alone, differs from the built file',
			"en: the search index rebuilt from its pages' postings differs from the one Pagefind built",
			"/en/glossary/ does not link its language's app manifest",
			'/en/glossary/ has no link to "Use this guide offline"',
			'/en/glossary/ does not start the service worker',
		]) {
			assert.ok(
				problems.some((problem) => problem.startsWith(expected)),
				`expected "${expected}" among:\n${problems.join('\n')}`,
			);
		}
	} finally {
		rmSync(dist, { recursive: true, force: true });
	}
});
