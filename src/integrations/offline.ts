// Makes the guide work offline, once the build (search index and PDFs included) is done:
// - one web app manifest per language, and the guide's icon in the sizes phones ask for;
// - for each language, the list of files a reader saves: its pages, its search index, the styles and scripts
//   (`offline/<lang>.<hash>.js`), and apart its workshop PDFs (`offline/<lang>-pdfs.<hash>.js`), listed by Workbox;
// - their sizes, written into the pages that offer to save them, with the address of the control's own script;
// - the service worker `sw.js`, bundled from src/offline/service-worker.ts.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build as bundle } from 'esbuild';
import sharp from 'sharp';
import { getManifest } from 'workbox-build';
import { languageCodes, languages, sourceLanguage } from '../languages.ts';
import { withTrailingSlash } from '../lib/base-path.ts';
import { htmlFiles } from '../lib/built-html.ts';
import { uiStrings } from '../lib/ui-strings.ts';
import { versionDate } from '../lib/version.ts';
import { pdfSet, savedSetsGlobal, type SavedSet, type SetSizes, type WorkerBuild } from '../offline/protocol.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const iconSizes = [192, 512];
/** Files that servers send compressed; the others (images, PDFs, Pagefind's own compressed files) go as they are. */
const compressed = new Set(['.html', '.css', '.js', '.json', '.svg', '.webmanifest', '.xml', '.txt']);

interface SetFile {
	url: string;
	revision: string | null;
	transfer: number;
	storage: number;
}

/** A language's sets, as Workbox lists them from the built site. */
async function listSets(root: string, base: string, language: string): Promise<Record<string, SetFile[]>> {
	const search = languages[language]!.lang.toLowerCase();
	const list = async (globPatterns: string[], globIgnores: string[] = []) => {
		const { manifestEntries } = await getManifest({
			globDirectory: root,
			globPatterns,
			globIgnores,
			// Astro and Pagefind name these files by their content: their address is their revision.
			dontCacheBustURLsMatching: /^(_astro|pagefind\/(fragment|index))\//,
			maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
		});
		return Promise.all(
			manifestEntries.map(async ({ url: path, revision }) => {
				const body = await readFile(join(root, path));
				return {
					// Pages by the address readers use: `en/about/`, not `en/about/index.html`.
					url: base + path.replace(/(^|\/)index\.html$/, '$1'),
					revision: revision ? revision.slice(0, 12) : null,
					transfer: compressed.has(extname(path)) ? gzipSync(body).length : body.length,
					storage: body.length,
				};
			}),
		);
	};
	return {
		[language]: await list(
			[
				`${language}/**/*`,
				'index.html',
				'favicon.svg',
				'icons/*',
				'_astro/**/*',
				'offline/control.*.js',
				'pagefind/pagefind.js',
				'pagefind/pagefind-worker.js',
				'pagefind/pagefind-entry.json',
				`pagefind/wasm.${search}.pagefind`,
				`pagefind/pagefind.${search}_*.pf_meta`,
				`pagefind/index/${search}_*`,
				`pagefind/fragment/${search}_*`,
			],
			['**/*.pdf'],
		),
		[pdfSet(language)]: await list([`${language}/**/*.pdf`]),
	};
}

const sizeOf = (files: SetFile[]): SetSizes => ({
	transfer: files.reduce((sum, { transfer }) => sum + transfer, 0),
	storage: files.reduce((sum, { storage }) => sum + storage, 0),
});

async function listAllSets(root: string, base: string) {
	const sets: Record<string, { language: string; files: SetFile[] }> = {};
	for (const language of languageCodes) {
		for (const [name, files] of Object.entries(await listSets(root, base, language))) {
			sets[name] = { language, files };
		}
	}
	return sets;
}

async function writeAppManifests(root: string, base: string) {
	const svg = await readFile(join(project, 'public', 'favicon.svg'));
	await mkdir(join(root, 'icons'), { recursive: true });
	for (const size of iconSizes) {
		await sharp(svg, { density: 72 * (size / 32) })
			.resize(size, size)
			.png({ compressionLevel: 9, palette: true })
			.toFile(join(root, 'icons', `guide-${size}.png`));
	}
	for (const code of languageCodes) {
		const strings = uiStrings(code);
		const { lang, dir = 'ltr' } = languages[code]!;
		const manifest = {
			id: `${base}${code}/`,
			name: strings['guide.name'],
			short_name: strings['guide.name'],
			description: strings['guide.tagline'],
			lang,
			dir,
			start_url: `${base}${code}/`,
			scope: base,
			display: 'standalone',
			background_color: '#ffffff',
			theme_color: '#0b5c8c',
			icons: [
				{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
				...iconSizes.map((size) => ({
					src: `${base}icons/guide-${size}.png`,
					sizes: `${size}x${size}`,
					type: 'image/png',
				})),
			],
		};
		await writeFile(join(root, code, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, '\t')}\n`);
	}
}

/** Bundles the control's script apart, named by its content: only Start here loads it, and only when needed. */
async function writeControlScript(root: string, base: string): Promise<string> {
	const { outputFiles } = await bundle({
		entryPoints: [join(project, 'src', 'offline', 'control.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		write: false,
		legalComments: 'none',
	});
	const script = outputFiles[0]!.contents;
	const file = `offline/control.${createHash('sha256').update(script).digest('hex').slice(0, 10)}.js`;
	await writeFile(join(root, file), script);
	return base + file;
}

/**
 * Writes into the pages that offer to save the guide each set's size (`data-offline-sizes`, for the page's
 * language) and the address of the control's script (`data-offline-script`).
 */
async function writeSizes(root: string, sizes: Record<string, SetSizes>, controlScript: string) {
	// Rounded up to 100 KB: enough for a reader to decide, and a small change to the guide (whose search index
	// moves by kilobytes) then leaves these pages as they were, so that saved copies do not fetch them again.
	const rounded = (set: SetSizes | undefined) =>
		set && { transfer: Math.ceil(set.transfer / 102400) * 102400, storage: Math.ceil(set.storage / 102400) * 102400 };
	for (const file of await htmlFiles(root)) {
		const html = await readFile(file, 'utf8');
		if (!html.includes('data-offline-sizes')) continue;
		const language = relative(root, file).split(sep)[0]!;
		const value = JSON.stringify({
			guide: rounded(sizes[language]),
			pdfs: rounded(sizes[pdfSet(language)]),
		}).replaceAll('"', '&quot;');
		await writeFile(
			file,
			html
				.replace(/data-offline-sizes(="[^"]*")?/g, `data-offline-sizes="${value}"`)
				.replace(/data-offline-script(="[^"]*")?/g, `data-offline-script="${controlScript}"`),
		);
	}
}

async function writeServiceWorker(root: string, base: string, sets: Record<string, SavedSet>) {
	// Each list is named by its content, and sw.js names the lists: a changed list is a changed sw.js, which is
	// what browsers compare to find an update.
	const setFiles: Record<string, string> = {};
	for (const [name, set] of Object.entries(sets)) {
		const script = `(self.${savedSetsGlobal} ||= {})[${JSON.stringify(name)}] = ${JSON.stringify(set)};\n`;
		setFiles[name] = `offline/${name}.${createHash('sha256').update(script).digest('hex').slice(0, 10)}.js`;
		await writeFile(join(root, setFiles[name]), script);
	}
	const build: WorkerBuild = {
		base,
		version: versionDate,
		sourceLanguage,
		sets: setFiles,
		words: Object.fromEntries(
			languageCodes.map((code) => {
				const strings = uiStrings(code);
				const { lang, dir = 'ltr', label } = languages[code]!;
				const word = (key: string) => strings[`guide.offline.unavailable.${key}`]!;
				return [
					code,
					{
						lang,
						dir,
						label,
						title: word('title'),
						text: word('text'),
						saved: word('saved'),
						opened: word('opened'),
						retry: word('retry'),
						save: word('save'),
					},
				];
			}),
		),
	};
	await bundle({
		entryPoints: [join(project, 'src', 'offline', 'service-worker.ts')],
		outfile: join(root, 'sw.js'),
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		legalComments: 'none',
		define: { GUIDE: JSON.stringify(build), 'process.env.NODE_ENV': '"production"' },
		logLevel: 'silent',
	});
}

/** Everything the offline guide needs, from a built site in `root`; returns each set's size. */
export async function makeOffline(root: string, base: string): Promise<Record<string, SetSizes>> {
	await rm(join(root, 'offline'), { recursive: true, force: true });
	await mkdir(join(root, 'offline'), { recursive: true });
	await writeAppManifests(root, base);
	const controlScript = await writeControlScript(root, base);
	const listed = await listAllSets(root, base);
	const sizes = Object.fromEntries(Object.entries(listed).map(([name, { files }]) => [name, sizeOf(files)]));
	await writeSizes(root, sizes, controlScript);
	// Listed again: the sizes just written changed the pages that show them.
	const sets = await listAllSets(root, base);
	await writeServiceWorker(
		root,
		base,
		Object.fromEntries(
			Object.entries(sets).map(([name, { language, files }]) => [
				name,
				{ language, files: files.map(({ url, revision, transfer }) => ({ url, revision, transfer })) },
			]),
		),
	);
	return Object.fromEntries(Object.entries(sets).map(([name, { files }]) => [name, sizeOf(files)]));
}

export default function offlineIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const sizes = await makeOffline(fileURLToPath(dir), base);
				const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
				for (const code of languageCodes) {
					logger.info(
						`Offline, ${languages[code]!.label}: ${mb(sizes[code]!.transfer)} to save, ${mb(sizes[code]!.storage)} stored; PDFs apart ${mb(sizes[pdfSet(code)]!.transfer)}.`,
					);
				}
			},
		},
	};
}
