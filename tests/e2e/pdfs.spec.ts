import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { checklistPdfs, pdfSheets } from '../../src/lib/pdf-sheets.ts';
import { languageCodes } from '../../src/languages.ts';
import { dist } from './site';

const phases = ['prework', 'execution', 'postwork'] as const;
const itemsOf = (phase: string, lang: string): string[] =>
	readdirSync(join('content', 'checklists', phase))
		.filter((file) => file.endsWith('.yaml'))
		.flatMap((file) => (parse(readFileSync(join('content', 'checklists', phase, file), 'utf8')) as { items: { text: Record<string, string> }[] }).items)
		.map((item) => item.text[lang]!);
// PDF text comes in lines; compare without spaces so that a wrapped item still counts as whole.
const squeeze = (text: string) => text.replace(/\s+/g, '');

for (const lang of languageCodes) {
	for (const sheet of pdfSheets) {
		for (const pdf of checklistPdfs(lang, sheet)) {
			test(`${pdf.href}: ${sheet === 'workshop-pack' ? 'one page per phase' : 'one page'}, holding every item`, async () => {
				const document = await getDocumentProxy(new Uint8Array(readFileSync(join(dist, pdf.href))));
				const { totalPages, text } = await extractText(document, { mergePages: false });
				const sheetPhases = sheet === 'workshop-pack' ? phases : [sheet];
				expect(totalPages, `${pdf.href} does not fit: edit its phase's checklist down to what matters`).toBe(sheetPhases.length);
				sheetPhases.forEach((phase, index) => {
					const page = squeeze(text[index]!);
					const missing = itemsOf(phase, lang).filter((item) => !page.includes(squeeze(item)));
					expect(missing, `items of ${phase} missing from page ${index + 1}`).toEqual([]);
				});
			});
		}
	}
}
