// Measures what a first visit to each page costs a reader: every file the browser fetches, gzip-compressed, and what
// the page adds to its own words (that transfer minus its <main> compressed alone), the figure the guide compares
// with a bare Starlight page's (issue budget: within 1.10×).
// Usage: node scripts/page-weight.ts [base URL] [path …]   (the guide must be served, e.g. by `npm start`)
//        node scripts/page-weight.ts --bare                 (a bare Starlight page, built in .test-builds/, for comparison)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../src/lib/chromium.ts';

const defaultPaths = ['/', '/en/', '/en/start-here/', '/en/about/', '/es/', '/es/start-here/', '/es/about/'];

async function measure(base: string, paths: string[]) {
	const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
	const rows: { path: string; files: number; raw: number; gzip: number; adds: number }[] = [];
	for (const path of paths) {
		const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
		const bodies: Promise<Buffer | null>[] = [];
		page.on('response', (response) => bodies.push(response.body().catch(() => null)));
		const response = await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
		const html = (await response?.text()) ?? '';
		const words = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
		const files = (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
		const gzip = files.reduce((sum, body) => sum + gzipSync(body).length, 0);
		rows.push({
			path,
			files: files.length,
			raw: files.reduce((sum, body) => sum + body.length, 0),
			gzip,
			adds: gzip - gzipSync(words).length,
		});
		await page.close();
	}
	await browser.close();
	return rows;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const line = (row: Awaited<ReturnType<typeof measure>>[number]) =>
	`${row.path}\t${row.files} files\t${kb(row.raw)} KB\t${kb(row.gzip)} KB gzip\tadds ${kb(row.adds)} KB to its words`;

if (process.argv[2] === '--bare') {
	// The Starlight starter's minimum: one page, no options, no plugins.
	const dir = join('.test-builds', 'bare-starlight');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bare' })] });\n",
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	writeFileSync(
		join(dir, 'src', 'content', 'docs', 'page.md'),
		'---\ntitle: A page\ndescription: A bare page.\n---\n\nSome text.\n',
	);
	// The guide's pages with code blocks (Contribute) are compared with a bare page with one.
	writeFileSync(
		join(dir, 'src', 'content', 'docs', 'code.md'),
		'---\ntitle: A page with code\ndescription: A bare page with a code block.\n---\n\nSome text.\n\n```sh\nnpm test\n```\n',
	);
	const astro = join(process.cwd(), 'node_modules', '.bin', 'astro');
	if (spawnSync(astro, ['build'], { cwd: dir, stdio: 'ignore' }).status !== 0)
		throw new Error('The bare Starlight site did not build.');
	const server = spawn(astro, ['preview', '--port', '4399'], { cwd: dir, stdio: 'ignore' });
	for (let tries = 0; tries < 60; tries++) {
		if (
			await fetch('http://localhost:4399/page/').then(
				(r) => r.ok,
				() => false,
			)
		)
			break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	try {
		for (const row of await measure('http://localhost:4399', ['/page/', '/code/']))
			console.log(`bare Starlight ${line(row)}`);
	} finally {
		server.kill();
	}
} else {
	const [base = 'http://localhost:4321', ...paths] = process.argv.slice(2);
	for (const row of await measure(base, paths.length ? paths : defaultPaths)) console.log(line(row));
}
