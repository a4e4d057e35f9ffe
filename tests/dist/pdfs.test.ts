// The PDFs that the build printed (src/lib/pdf-sheets.ts): each sheet fits its pages, in A4 and US Letter, and carries
// the print credit; a checklist's PDF holds every item of its checklists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { languageCodes, sourceLanguage } from '../../src/languages.ts';
import { pdfSheets, sheetPdfs } from '../../src/lib/pdf-sheets.ts';
import { pages as contentPages } from '../../src/lib/content.ts';
import { isMethodCard } from '../../src/lib/method-cards.ts';

const methodCards = contentPages('en').filter(isMethodCard);
import { uiStrings } from '../../src/lib/ui-strings.ts';
import { versionDate } from '../../src/lib/version.ts';
import { phases } from '../../src/schemas/frontmatter.ts';
import { testedSite } from './built-site.ts';

const { dist } = testedSite;
const checklists = join(import.meta.dirname, '..', '..', 'content', 'checklists');

interface Checklist {
	items: { text: Record<string, string> }[];
}
/** The text of every item of a phase's checklists, in one language (English where it is not translated yet). */
const itemsOf = (phase: string, lang: string): string[] =>
	readdirSync(join(checklists, phase))
		.filter((file) => file.endsWith('.yaml'))
		.flatMap((file) => (parse(readFileSync(join(checklists, phase, file), 'utf8')) as Checklist).items)
		.map((item) => item.text[lang] ?? item.text[sourceLanguage]!);
// PDF text comes in lines; compare without spaces so that a wrapped item still counts as whole.
const squeeze = (text: string) => text.replace(/\s+/g, '');

const pdfs = languageCodes.flatMap((lang) =>
	pdfSheets.flatMap((sheet) => sheetPdfs(lang, sheet).map((pdf) => ({ ...pdf, lang, sheet }))),
);
const built = pdfs.some((pdf) => existsSync(join(dist, pdf.href)));
const skip = built
	? false
	: existsSync(dist)
		? `${dist}/ holds no checklist PDFs: the build skipped them (CHECKLIST_PDFS=skip, or no browser). Build with \`npm run build\` and Chromium to check them.`
		: `${dist}/ is missing: run \`npm run build\` first.`;

for (const { href, lang, sheet } of pdfs) {
	const sheetPhases: readonly string[] =
		sheet.section !== 'checklists' ? [] : sheet.name === 'workshop-pack' ? phases : [sheet.name];
	test(
		`${href}: ${sheet.pages === 1 ? 'one page' : `${sheet.perCard ? 'at most ' : ''}${sheet.pages} pages${sheet.perCard ? ' a card' : ''}`}${sheetPhases.length ? ', holding every item' : ''}, with the print credit`,
		{ skip },
		async () => {
			assert.ok(
				existsSync(join(dist, href)),
				`${href} was not built, although other PDFs were: see the build's [checklist-pdfs] messages`,
			);
			const document = await getDocumentProxy(new Uint8Array(readFileSync(join(dist, href))));
			const { totalPages, text } = await extractText(document, { mergePages: false });
			if (sheet.perCard)
				assert.ok(
					totalPages <= sheet.pages * methodCards.length && totalPages >= methodCards.length,
					`${href} has ${totalPages} pages for ${methodCards.length} cards: a card takes more than one sheet, both sides; shorten it`,
				);
			else
				assert.equal(
					totalPages,
					sheet.pages,
					sheet.section === 'checklists'
						? `${href} has ${totalPages} pages for ${sheet.pages} phase(s): it does not fit; edit the phase's checklist down to what matters`
						: `${href} has ${totalPages} pages, not ${sheet.pages}: the sheet content/docs/${lang}/${sheet.section}/${sheet.name}.mdx does not fit; shorten it`,
				);
			text.forEach((page, index) =>
				assert.ok(
					squeeze(page).includes(squeeze(versionDate)),
					`${href}, page ${index + 1}, lacks the print credit's version date ${versionDate}`,
				),
			);
			sheetPhases.forEach((phase, index) => {
				const page = squeeze(text[index]!);
				const missing = itemsOf(phase, lang).filter((item) => !page.includes(squeeze(item)));
				assert.ok(
					missing.length === 0,
					`${href}, page ${index + 1}, lacks these ${phase} items:\n${missing.join('\n')}`,
				);
				// The PDFs are the blank sheet, and say so (the reader's ticks print only from the page, when chosen).
				assert.ok(
					page.includes(squeeze(uiStrings(lang)['guide.checklist.kindBlank']!)),
					`${href}, page ${index + 1}, does not say it is a blank sheet ("guide.checklist.kindBlank")`,
				);
			});
		},
	);
}
