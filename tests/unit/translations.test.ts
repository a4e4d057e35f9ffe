import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageTexts } from '../../src/lib/page-texts.ts';
import { fingerprint, translationStatus } from '../../src/lib/translations.ts';

/** The fixtures, copied, with the up-to-date page recording its English text's real fingerprint. */
function fixtures() {
	const dir = mkdtempSync(join(tmpdir(), 'guide-translations-'));
	cpSync(join(import.meta.dirname, '..', 'fixtures', 'translations'), dir, { recursive: true });
	const docs = join(dir, 'docs');
	const current = join(docs, 'es', 'current.mdx');
	const english = pageTexts(docs, dir).find((page) => page.file === 'docs/en/current.mdx')!;
	writeFileSync(current, readFileSync(current, 'utf8').replace('FINGERPRINT', fingerprint(english)));
	return {
		dir,
		docs,
		states: () =>
			Object.fromEntries(
				translationStatus(pageTexts(docs, dir), ['en', 'es']).map((page) => [page.slug, page.languages.es!.state]),
			),
	};
}

test('the report flags a changed English page as outdated, a page with no translation as missing, and the rest as up to date', () => {
	assert.deepEqual(fixtures().states(), { changed: 'outdated', current: 'up to date', untranslated: 'missing' });
});

test('changing the English text makes its translation outdated; a translation without a fingerprint is not recorded', () => {
	const { docs, states } = fixtures();
	const english = join(docs, 'en', 'current.mdx');
	writeFileSync(english, readFileSync(english, 'utf8').replace('The same English text', 'A changed English text'));
	const spanish = join(docs, 'es', 'changed.mdx');
	writeFileSync(spanish, readFileSync(spanish, 'utf8').replace(/^sourceFingerprint: .*\n/m, ''));
	assert.deepEqual(states(), { changed: 'not recorded', current: 'outdated', untranslated: 'missing' });
});
