// Makes the printed sheets' PDFs from the built pages, once the build is done: each phase's checklist, the workshop
// pack and each sheet of the session kit (src/lib/pdf-sheets.ts), in every language, in A4 and US Letter, with
// Playwright's page.pdf(). Without a browser the build still succeeds:
// the PDFs are skipped with a message and their links removed. CHECKLIST_PDFS=required (the publishing workflow)
// makes a missing browser an error; CHECKLIST_PDFS=skip skips them on purpose.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pdfSheets, sheetPdfs } from '../lib/pdf-sheets.ts';
import { formatSize } from '../common/byte-size.ts';
import { languageCodes, sourceLanguage } from '../languages.ts';
import { withTrailingSlash } from '../lib/base-path.ts';
import { htmlFiles } from '../lib/built-html.ts';
import { chromiumArgs, systemChromium } from '../lib/chromium.ts';
import { serveBuiltSite } from '../lib/serve-built-site.ts';

/** Writes each PDF's size next to its link, in the page's language, or removes the links when there are no PDFs. */
export async function updateLinks(root: string, sizes: Map<string, number> | undefined) {
	for (const file of await htmlFiles(root)) {
		const html = await readFile(file, 'utf8');
		if (!html.includes('data-pdf-links')) continue;
		const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? sourceLanguage;
		const updated = sizes
			? html.replace(
					/(<span[^>]*data-pdf-size="([^"]+)"[^>]*>)(<\/span>)/g,
					(_, open: string, href: string, close: string) =>
						`${open}(${formatSize(Math.max(1, sizes.get(href) ?? 0), lang)})${close}`,
				)
			: html.replace(/<div[^>]*data-pdf-links[^>]*>[\s\S]*?<\/ul>\s*<\/div>/g, '');
		await writeFile(file, updated);
	}
}

export default function checklistPdfsIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'checklist-pdfs',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const mode = process.env.CHECKLIST_PDFS ?? 'auto';
				if (mode === 'skip') {
					logger.info('CHECKLIST_PDFS=skip: the checklist PDFs are not made, and their links are left out.');
					return updateLinks(root, undefined);
				}
				const sizes = await makePdfs(root, base, logger).catch((error: Error) => {
					const message = `The checklist PDFs could not be made, because no browser could start (${error.message.split('\n')[0]}). The site is built without their links. To make them, install Chromium (Debian: apt-get install chromium) or run: npx playwright install chromium`;
					if (mode === 'required') throw new Error(message);
					logger.warn(message);
					return undefined;
				});
				await updateLinks(root, sizes);
			},
		},
	};
}

async function makePdfs(root: string, base: string, logger: AstroIntegrationLogger): Promise<Map<string, number>> {
	// Loaded with Node's require: the config's module runner is closed by the time the build is done.
	const { chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test');
	const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
	const { server, origin } = await serveBuiltSite(root, base);
	const sizes = new Map<string, number>();
	try {
		const page = await browser.newPage();
		await page.emulateMedia({ media: 'print' });
		for (const lang of languageCodes) {
			for (const sheet of pdfSheets) {
				for (const pdf of sheetPdfs(lang, sheet)) {
					await page.goto(origin + base + pdf.page.slice(1), { waitUntil: 'load' });
					const path = join(root, pdf.href);
					await page.pdf({
						path,
						format: pdf.format,
						printBackground: true,
						margin: { top: '12mm', right: '12mm', bottom: '12mm', left: '12mm' },
					});
					sizes.set(pdf.href, (await stat(path)).size);
				}
			}
		}
		logger.info(`Made ${sizes.size} PDFs of the checklists and the session kit.`);
	} finally {
		server.close();
		await browser.close();
	}
	return sizes;
}
