// The translation report for maintainers: for every page, each language's state (up to date, outdated or
// missing). Usage: npm run translations [-- --json] [-- --mark content/docs/es/about.mdx …]
// --mark records in a translation that it matches the English text as it is now (after you updated it).
// Exits with 1 when a page is missing in a language; outdated pages are reported without failing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsDir, root } from '../src/lib/content.ts';
import { translationStatus } from '../src/lib/translations.ts';
import { languageCodes } from '../src/languages.ts';

const args = process.argv.slice(2);
const status = translationStatus(languageCodes, docsDir, root);

const toMark = args.includes('--mark') ? args.slice(args.indexOf('--mark') + 1).filter((arg) => !arg.startsWith('--')) : [];
for (const file of toMark) {
	const page = status.flatMap((p) => Object.values(p.languages).map((l) => ({ ...l, fingerprint: p.fingerprint }))).find((l) => l.file === file);
	if (!page || page.state === 'missing') {
		console.error(`${file} is not a translation of an English page: give its path from the repository's root, e.g. content/docs/es/about.mdx`);
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

const rows = status.flatMap((page) => Object.entries(page.languages).map(([lang, l]) => ({ ...l, lang, slug: page.slug, source: page.source, fingerprint: page.fingerprint })));
const missing = rows.filter((row) => row.state === 'missing');
const outdated = rows.filter((row) => row.state === 'outdated');

if (args.includes('--json')) {
	console.log(JSON.stringify(status, null, 2));
} else {
	console.log(`${status.length} English pages; in ${languageCodes.filter((l) => l !== 'en').join(', ')}: ${rows.length - missing.length - outdated.length} up to date, ${outdated.length} outdated, ${missing.length} missing.`);
	for (const row of outdated) {
		console.log(`  outdated  ${row.file}: ${row.source} changed after it was translated. Update the translation, then set sourceFingerprint: ${row.fingerprint} (or run: npm run translations -- --mark ${row.file})`);
	}
	for (const row of missing) console.log(`  missing   ${row.file}: translate ${row.source} into this file.`);
}
process.exit(missing.length ? 1 : 0);
