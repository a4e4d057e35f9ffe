// The translation report for maintainers: for every page, each language's state (up to date, outdated, missing,
// or not recorded). Usage: npm run translations [-- --json] [-- --mark content/docs/es/about.mdx …]
// --mark records in a translation that it matches the English text as it is now (after you updated it).
// Exits with 1 when a page of a complete language is missing or records no fingerprint; outdated pages are reported.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeLanguages, languageCodes, sourceLanguage } from '../src/languages.ts';
import { root } from '../src/lib/content.ts';
import { pageTexts } from '../src/lib/page-texts.ts';
import { translationStatus } from '../src/lib/translations.ts';

const args = process.argv.slice(2);
const status = translationStatus(pageTexts(), languageCodes, sourceLanguage);

const toMark = args.includes('--mark')
	? args.slice(args.indexOf('--mark') + 1).filter((arg) => !arg.startsWith('--'))
	: [];
for (const file of toMark) {
	const page = status
		.flatMap((p) => Object.values(p.languages).map((l) => ({ ...l, fingerprint: p.fingerprint })))
		.find((l) => l.file === file);
	if (!page || page.state === 'missing') {
		console.error(
			`${file} is not a translation of an English page: give its path from the repository's root, e.g. content/docs/es/about.mdx`,
		);
		process.exit(2);
	}
	const text = readFileSync(join(root, file), 'utf8');
	const updated = /^sourceFingerprint: .*$/m.test(text)
		? text.replace(/^sourceFingerprint: .*$/m, `sourceFingerprint: ${page.fingerprint}`)
		: text.replace(/^---\r?\n/, `---\nsourceFingerprint: ${page.fingerprint}\n`);
	writeFileSync(join(root, file), updated);
	console.log(`${file}: marked as up to date with the English text (${page.fingerprint}).`);
}
if (toMark.length) process.exit(0);

const rows = status.flatMap((page) =>
	Object.entries(page.languages).map(([lang, l]) => ({
		...l,
		lang,
		slug: page.slug,
		source: page.source,
		fingerprint: page.fingerprint,
	})),
);
const failing = rows.filter(
	(row) => completeLanguages.includes(row.lang) && (row.state === 'missing' || row.state === 'not recorded'),
);

if (args.includes('--json')) {
	console.log(JSON.stringify(status, null, 2));
} else {
	const count = (state: string) => rows.filter((row) => row.state === state).length;
	console.log(
		`${status.length} English pages; in ${languageCodes.filter((l) => l !== sourceLanguage).join(', ')}: ${count('up to date')} up to date, ${count('outdated')} outdated, ${count('not recorded')} not recorded, ${count('missing')} missing.`,
	);
	for (const row of rows.filter((r) => r.state !== 'up to date')) {
		const fix =
			row.state === 'missing'
				? `translate ${row.source} into this file`
				: `${row.state === 'outdated' ? `${row.source} changed after it was translated; update the translation, then` : 'when it translates the English text as it is now,'} set sourceFingerprint: ${row.fingerprint} (or run: npm run translations -- --mark ${row.file})`;
		console.log(`  ${row.state.padEnd(12)} ${row.file}: ${fix}`);
	}
}
process.exit(failing.length ? 1 : 0);
