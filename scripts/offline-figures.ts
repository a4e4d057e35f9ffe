// Measures what the offline guide costs a reader, in a browser, against a server that compresses text as web hosts
// do: a first visit, saving each language on a throttled connection (1.6 Mbps, 562.5 ms round trip: the "Fast 3G"
// of Chrome's DevTools), the storage it takes, and the update after a one-sentence change, rebuilt for real.
// Usage: npm run build && node scripts/offline-figures.ts        (takes two builds and a few minutes)
//        node scripts/offline-figures.ts --no-update | --update-only
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { languageCodes } from '../src/languages.ts';
import { chromiumArgs, systemChromium } from '../src/lib/chromium.ts';
import { startStaticServer } from '../src/lib/serve-built-site.ts';
import { copyOfTheGuide } from '../tests/build/project.ts';

/** Serves `site.root` (which may change), gzipping text as hosts do, and counts the bytes sent; throttled when asked. */
async function serve(site: { root: string }, throttle?: { bytesPerSecond: number; roundTripMs: number }) {
	const sent = { bytes: 0, files: [] as string[] };
	const { server, origin } = await startStaticServer({
		root: () => site.root,
		gzip: true,
		throttle,
		cacheControl: 'max-age=600', // as GitHub Pages sends
		onResponse: ({ path, status, bytes }) => {
			if (status !== 200) return;
			sent.bytes += bytes;
			sent.files.push(path);
		},
	});
	return { server, sent, origin };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function saveEach(browser: Browser, root: string) {
	const site = { root };
	const fast3g = { bytesPerSecond: 1_600_000 / 8, roundTripMs: 562.5 };
	const { server, sent, origin } = await serve(site, fast3g);
	for (const language of languageCodes) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/${language}/start-here/`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(3000); // the worker installs and keeps the page just read
		console.log(
			`first visit to /${language}/start-here/: ${kb(sent.bytes)} over ${sent.files.length} requests: ${sent.files.join(' ')}`,
		);
		sent.bytes = 0;
		sent.files = [];
		const started = Date.now();
		await page.locator('[data-offline-control]').scrollIntoViewIfNeeded();
		await page.locator('[data-offline-control] [data-save]').click();
		await page.locator('[data-offline-control] progress').waitFor();
		await page.waitForTimeout(5000);
		console.log(
			`  while saving, after 5 s: "${await page.locator('[data-offline-control] [data-state="saving"] p').innerText()}"`,
		);
		await page.locator('[data-offline-control] [data-state="saved"]').waitFor({ timeout: 600_000 });
		const seconds = (Date.now() - started) / 1000;
		const { usage = 0 } = await page.evaluate(() => navigator.storage.estimate());
		console.log(
			`save ${language}: ${kb(sent.bytes)} in ${sent.files.length} requests, ${seconds.toFixed(1)} s on Fast 3G; storage used ${kb(usage)}`,
		);
		sent.bytes = 0;
		sent.files = [];
		await context.close();
	}
	server.close();
}

async function update(browser: Browser) {
	const before = copyOfTheGuide();
	const after = copyOfTheGuide();
	try {
		const page = 'content/docs/en/dilemmas.mdx';
		after.write(page, `${after.read(page)}\nA sentence added to measure an update.\n`);
		for (const guide of [before, after]) {
			const { status, output } = guide.build();
			if (status !== 0) throw new Error(output);
		}
		const site = { root: join(before.dir, 'dist') };
		const { server, sent, origin } = await serve(site);
		const context = await browser.newContext();
		const tab = await context.newPage();
		await tab.goto(`${origin}/en/start-here/#offline`);
		await tab.locator('[data-offline-control] [data-save]').click();
		await tab.locator('[data-offline-control] [data-state="saved"]').waitFor({ timeout: 120_000 });
		site.root = join(after.dir, 'dist');
		sent.bytes = 0;
		sent.files = [];
		await tab.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		for (let tries = 0; tries < 120; tries++) {
			const waiting = await tab.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting));
			if (waiting) break;
			await tab.waitForTimeout(500);
		}
		console.log(
			`update of the saved English guide after a one-sentence change: ${kb(sent.bytes)} in ${sent.files.length} requests:`,
		);
		for (const file of sent.files) console.log(`  ${file}`);
		await context.close();
		server.close();
	} finally {
		before.remove();
		after.remove();
	}
}

const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
try {
	if (!process.argv.includes('--update-only')) await saveEach(browser, 'dist');
	if (!process.argv.includes('--no-update')) await update(browser);
} finally {
	await browser.close();
}
