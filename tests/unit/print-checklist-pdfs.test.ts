import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { updateLinks } from '../../src/integrations/print-checklist-pdfs.ts';

const page = `<main><p>Intro</p><div class="checklist-tools"><div data-pdf-links class="x"><p>Download:</p><ul><li><a href="/en/checklists/a.pdf">PDF, A4 <span data-pdf-size="/en/checklists/a.pdf" class="x"></span></a></li></ul></div></div><section class="print-sheet"></section></main>`;

function builtSite() {
	const root = mkdtempSync(join(tmpdir(), 'guide-pdfs-'));
	mkdirSync(join(root, 'en', 'checklists'), { recursive: true });
	writeFileSync(join(root, 'en', 'checklists', 'index.html'), page);
	return root;
}

test('made PDFs get their size next to their link, as the guide shows sizes, in the page’s language', async () => {
	const root = builtSite();
	await updateLinks(root, new Map([['/en/checklists/a.pdf', 48_000]]));
	assert.match(readFileSync(join(root, 'en', 'checklists', 'index.html'), 'utf8'), /class="x">\(48\u00a0kB\)<\/span>/);
	const spanish = builtSite();
	writeFileSync(join(spanish, 'en', 'checklists', 'index.html'), `<html lang="es">${page}</html>`);
	await updateLinks(spanish, new Map([['/en/checklists/a.pdf', 547_000]]));
	assert.match(
		readFileSync(join(spanish, 'en', 'checklists', 'index.html'), 'utf8'),
		/class="x">\(0,6\u00a0MB\)<\/span>/,
	);
});

test('without PDFs (no browser) their links are left out, and the rest of the page stays', async () => {
	const root = builtSite();
	await updateLinks(root, undefined);
	const html = readFileSync(join(root, 'en', 'checklists', 'index.html'), 'utf8');
	assert.doesNotMatch(html, /data-pdf-links|\.pdf/);
	assert.match(html, /<p>Intro<\/p><div class="checklist-tools"><\/div><section class="print-sheet">/);
});
