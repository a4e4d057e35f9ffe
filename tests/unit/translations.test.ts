import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { docsDir, readPage, root } from '../../src/lib/content.ts';
import { fingerprint, translationStatus } from '../../src/lib/translations.ts';
import { languageCodes } from '../../src/languages.ts';

/** The fixtures, copied, with the up-to-date page recording its English text's real fingerprint. */
function fixtures() {
	const dir = mkdtempSync(join(tmpdir(), 'guide-translations-'));
	cpSync(join(import.meta.dirname, '..', 'fixtures', 'translations'), dir, { recursive: true });
	const docs = join(dir, 'docs');
	const current = join(docs, 'es', 'current.mdx');
	const print = fingerprint(readPage(join(docs, 'en', 'current.mdx'), dir, docs));
	writeFileSync(current, readFileSync(current, 'utf8').replace('FINGERPRINT', print));
	return { dir, docs };
}

test('the report flags a changed English page as outdated, a page with no translation as missing, and the rest as up to date', () => {
	const { dir, docs } = fixtures();
	const states = Object.fromEntries(translationStatus(['en', 'es'], docs, dir).map((page) => [page.slug, page.languages.es!.state]));
	assert.deepEqual(states, { changed: 'outdated', current: 'up to date', untranslated: 'missing' });
});

test('changing the English text makes its translation outdated', () => {
	const { dir, docs } = fixtures();
	const english = join(docs, 'en', 'current.mdx');
	writeFileSync(english, readFileSync(english, 'utf8').replace('The same English text', 'A changed English text'));
	const page = translationStatus(['en', 'es'], docs, dir).find((p) => p.slug === 'current')!;
	assert.equal(page.languages.es!.state, 'outdated');
});

test('no page of the guide is missing a translation (outdated ones are reported, not failed)', () => {
	const status = translationStatus(languageCodes, docsDir, root);
	const rows = status.flatMap((page) => Object.entries(page.languages).map(([lang, l]) => ({ lang, ...l, source: page.source })));
	const outdated = rows.filter((row) => row.state === 'outdated');
	if (outdated.length) console.log(`Outdated translations (run npm run translations):\n${outdated.map((row) => `  ${row.file}`).join('\n')}`);
	assert.deepEqual(rows.filter((row) => row.state === 'missing').map((row) => row.file), []);
});
