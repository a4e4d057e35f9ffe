// Makes the guide work offline, once the build (search index and PDFs included) is done:
// - one web app manifest per language, and the guide's icon in the sizes phones ask for;
// - for each language, the list of files a reader saves: its pages, its search index, the styles and scripts
//   (`offline/<lang>.<hash>.js`), and apart its workshop PDFs (`offline/<lang>-pdfs.<hash>.js`), listed by Workbox;
// - the packs that bring most of those files in a few compressed downloads (`offline/<pack>.<hash>.zst`), and the
//   decoder that unpacks them (`offline/zstd.<hash>.js`);
// - what saving each set costs, in `offline/sizes.json`, which the "Save for offline use" control reads;
// - the service worker `sw.js`, bundled from src/worker/service-worker.ts.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync, gzipSync, zstdCompressSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build as bundle } from 'esbuild';
import sharp from 'sharp';
import { getManifest } from 'workbox-build';
import { languageCodes, languages, sourceLanguage } from '../languages.ts';
import { cutIntoPieces } from '../common/pieces.ts';
import { withTrailingSlash } from '../lib/base-path.ts';
import { uiStrings } from '../lib/ui-strings.ts';
import { versionDate } from '../lib/version.ts';
import {
	pack,
	pdfSet,
	savedSetsGlobal,
	setTransfer,
	sizesFile,
	wordRulesGlobal,
	zstdGlobal,
	type PieceOfFile,
	type SavedPack,
	type SavedSearch,
	type SavedSet,
	type SetSizes,
	type WorkerBuild,
} from '../common/offline-protocol.ts';
import {
	asPagefindFile,
	indexChunks,
	pagefindSignature,
	postingsOfPages,
	readMeta,
	writePostings,
	type IndexMeta,
	type Posting,
} from '../common/pagefind-index.ts';
import { postingsFromRecipe, writeSearchRecipe } from '../common/search-recipe.ts';
import { wordRuleOf, stemmerFile } from '../lib/word-rules.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const iconSizes = [192, 512];
/** Files that servers send compressed; the others (images, PDFs, Pagefind's own compressed files) go as they are. */
const compressed = new Set(['.html', '.css', '.js', '.json', '.svg', '.webmanifest', '.xml', '.txt']);
const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

interface SetFile {
	url: string;
	/** Its path in the built site. */
	path: string;
	revision: string | null;
	pack?: string;
	transfer: number;
	/** What the service worker keeps: the file as built (a Pagefind fragment as its content). */
	body: Buffer;
	alone?: { file: string; transfer: number };
}

/** Pagefind gzips its files, and reads them as their content too (which starts with its signature). */
const isPagefindFragment = (path: string) => path.startsWith('pagefind/fragment/');
const isPagefindEngine = (path: string) => path.startsWith('pagefind/wasm.');
const isPagefindIndex = (path: string) => path.startsWith('pagefind/index/');
const isPagefindPacked = (path: string) => isPagefindFragment(path) || isPagefindEngine(path) || isPagefindIndex(path);

/**
 * The packs of a language's pages, by the start of their address, as the sidebar groups them; the longest start
 * that fits. The translation status changes with every page: it goes apart, so that it alone comes again with it.
 */
const sectionOf: Record<string, string> = {
	'contribute/translation-status': 'translation-status',
	'before-you-begin': 'before-you-begin',
	checklists: 'checklists',
	methods: 'methods',
	kit: 'kit',
	'case-studies': 'case-studies',
	contribute: 'contribute',
	'best-practices': 'learn',
	'lessons-from-the-pilots': 'learn',
	dilemmas: 'learn',
	glossary: 'reference',
	references: 'reference',
	about: 'reference',
	'whats-new': 'reference',
};

/**
 * The pack a file travels in: the styles, scripts and front door that every language shares, then a language's
 * pages by section (each phase of the process apart), so that a one-page edit refetches one section. Pagefind's
 * fragment of a page goes with the page. Pagefind's index and its search engine go in packs of their own, the images
 * on their own.
 */
function packOf(path: string, body: Buffer, language: string): string | undefined {
	if (isPagefindFragment(path)) {
		const { url } = JSON.parse(body.subarray(12).toString('utf8')) as { url: string };
		return packOf(url.replace(/^\//, '').replace(/\/?$/, '/index.html'), body, language);
	}
	if (path.startsWith(`${language}/`)) {
		if (!compressed.has(extname(path))) return undefined;
		const inLanguage = path.slice(language.length + 1);
		const [section = '', phase] = inLanguage.split('/');
		if (section === 'process' && phase && !phase.endsWith('.html')) return `${language}-${phase}`;
		const start = Object.keys(sectionOf)
			.filter((folder) => inLanguage.startsWith(`${folder}/`))
			.sort((a, b) => b.length - a.length)[0];
		return `${language}-${start ? sectionOf[start] : 'guide'}`;
	}
	// Pagefind's search engine changes only with Pagefind: on its own, it compresses a little better.
	if (isPagefindEngine(path)) return `${language}-search`;
	// Its index changes with every edit: compressed together, its chunks cost about a tenth less than one by one.
	if (isPagefindIndex(path)) return `${language}-index`;
	if (/^(_astro\/|pagefind\/pagefind(-worker)?\.js$|index\.html$|favicon\.svg$)/.test(path)) return 'shared';
	return undefined;
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
			manifestEntries.map(async ({ url: path, revision }): Promise<SetFile> => {
				const built = await readFile(join(root, path));
				const body = isPagefindPacked(path) ? gunzipSync(built) : built;
				const pack = packOf(path, body, language);
				return {
					// Pages by the address readers use: `en/about/`, not `en/about/index.html`.
					url: base + path.replace(/(^|\/)index\.html$/, '$1'),
					path,
					revision: revision ? revision.slice(0, 12) : null,
					pack,
					transfer: pack ? 0 : compressed.has(extname(path)) ? gzipSync(built).length : built.length,
					body,
				};
			}),
		);
	};
	// The app's icons are not saved: a browser fetches them when a reader installs the guide, not to read it.
	return {
		[language]: await list(
			[
				`${language}/**/*`,
				'index.html',
				'favicon.svg',
				'_astro/**/*',
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
		// The method cards' PDF (over half a megabyte for each paper size) stays out: its page prints them offline.
		[pdfSet(language)]: await list([`${language}/**/*.pdf`], [`${language}/methods/*.pdf`]),
	};
}

/** How many packs must hold a piece for it to travel once, in the language's shared pieces. */
const sharedByPacks = 4;

const nameByContent = (name: string, bytes: Uint8Array, extension: string) =>
	`offline/${name}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.${extension}`;
const pieceKey = (piece: Uint8Array) => createHash('sha1').update(piece).digest('base64');

/**
 * The packs of a language's files, written into `offline/` and named by their content. A language's pages share the
 * pieces that the packs of several sections repeat, in a file of the set fetched once: so a pack costs little more
 * than what its pages say, and an edit changes the pack of one section. The styles and scripts shared by every language
 * travel in one pack, compressed once.
 */
async function writePacks(
	root: string,
	base: string,
	language: string,
	files: SetFile[],
	written: Map<string, SavedPack>,
	writtenAlone: Map<string, NonNullable<SetFile['alone']>>,
): Promise<{ packs: Record<string, SavedPack>; pieces?: SetFile }> {
	const packs: Record<string, SavedPack> = {};
	const typeOf = (path: string) => contentTypes[extname(path)] ?? 'application/octet-stream';
	const packed = files.filter(({ pack }) => pack).sort((a, b) => a.path.localeCompare(b.path));
	const ownPacked = packed.filter(
		({ pack, path }) => pack!.startsWith(`${language}-`) && !isPagefindEngine(path) && !isPagefindIndex(path),
	);

	// The pieces of the language's pages that the packs of four sections or more hold, in the order they first appear:
	// what every page repeats (its head, menu and footer). A pack's own repeats cost little in its compression, and
	// text that two or three sections share stays in their packs, so that an edit to it does not change this file,
	// whose pieces every pack names by their place in it.
	const piecesOf = new Map(ownPacked.map((file) => [file, cutIntoPieces(file.body)]));
	const holders = new Map<string, Set<string>>();
	for (const [file, pieces] of piecesOf)
		for (const piece of pieces)
			holders.set(pieceKey(piece), (holders.get(pieceKey(piece)) ?? new Set()).add(file.pack!));
	const sharedIndex = new Map<string, number>();
	const sharedPieces: Uint8Array[] = [];
	for (const pieces of piecesOf.values())
		for (const piece of pieces) {
			const key = pieceKey(piece);
			if (holders.get(key)!.size >= sharedByPacks && !sharedIndex.has(key)) {
				sharedIndex.set(key, sharedPieces.length);
				sharedPieces.push(piece);
			}
		}
	let piecesFile: SetFile | undefined;
	if (sharedPieces.length) {
		const bytes = compressPack(pack([], sharedPieces));
		const path = nameByContent(`${language}-pieces`, bytes, 'zst');
		await writeFile(join(root, path), bytes);
		piecesFile = { url: base + path, path, revision: null, transfer: bytes.length, body: Buffer.from(bytes) };
	}

	for (const name of new Set(packed.map(({ pack }) => pack!))) {
		const inPack = packed.filter((file) => file.pack === name);
		const members = inPack.map((file) => ({
			url: file.url,
			type: typeOf(file.path),
			pieces: (piecesOf.get(file) ?? (file.body.length ? [file.body] : [])).map(
				(piece) => sharedIndex.get(pieceKey(piece)) ?? piece,
			),
		}));
		if (!isPagefindIndex(inPack[0]!.path) && !isPagefindEngine(inPack[0]!.path))
			await writeAlone(root, base, name, inPack, piecesOf, sharedIndex, typeOf, writtenAlone);
		const raw = pack(members);
		const key = `${name}:${createHash('sha256').update(raw).digest('hex')}`;
		if (!written.has(key)) {
			const bytes = compressPack(raw);
			const path = nameByContent(name, bytes, 'zst');
			await writeFile(join(root, path), bytes);
			const usesPieces = members.some(({ pieces }) => pieces.some((piece) => typeof piece === 'number'));
			written.set(key, {
				file: base + path,
				transfer: bytes.length,
				...(usesPieces && piecesFile && { pieces: piecesFile.url }),
			});
		}
		packs[name] = written.get(key)!;
	}
	return { packs, pieces: piecesFile };
}

/**
 * Each file of a pack also alone (`offline/alone/<pack>.<hash>.zst`), for an update that misses a few of them: its
 * pieces that a smaller file of the same pack holds are named, not sent. So a page that gathers others (the printable
 * method cards) costs, after an edit to one card, about what the edit changed. Sets `alone` on each file.
 */
async function writeAlone(
	root: string,
	base: string,
	name: string,
	files: SetFile[],
	languagePieces: Map<SetFile, Uint8Array[]>,
	sharedIndex: Map<string, number>,
	typeOf: (path: string) => string,
	written: Map<string, NonNullable<SetFile['alone']>>,
) {
	await mkdir(join(root, 'offline', 'alone'), { recursive: true });
	// Smaller files first: a file names pieces only of the files before it, so the gathering pages come last.
	const inOrder = [...files].sort((a, b) => a.body.length - b.body.length || a.path.localeCompare(b.path));
	const holder = new Map<string, PieceOfFile>();
	for (const file of inOrder) {
		// Only a language's own pages name its shared pieces, as in the packs.
		const shared = languagePieces.has(file) ? sharedIndex : new Map<string, number>();
		const pieces = languagePieces.get(file) ?? cutIntoPieces(file.body);
		const named = pieces.map((piece) => shared.get(pieceKey(piece)) ?? holder.get(pieceKey(piece)) ?? piece);
		const fromOthers = named.some((piece) => typeof piece === 'object' && !(piece instanceof Uint8Array));
		const sha256 = fromOthers ? createHash('sha256').update(file.body).digest('hex') : undefined;
		const raw = pack([{ url: file.url, type: typeOf(file.path), pieces: named, sha256 }]);
		// The styles and scripts every language shares come alone once, as their pack does.
		const key = `${name}:${createHash('sha256').update(raw).digest('hex')}`;
		if (!written.has(key)) {
			const bytes = compressPack(raw);
			const path = nameByContent(`alone/${name}`, bytes, 'zst');
			await writeFile(join(root, path), bytes);
			written.set(key, { file: base + path, transfer: bytes.length });
		}
		file.alone = written.get(key)!;
		pieces.forEach((piece, index) => {
			if (!holder.has(pieceKey(piece))) holder.set(pieceKey(piece), { url: file.url, index });
		});
	}
}

/** zstd at its strongest, with a window that spans a whole pack: what pages repeat costs almost nothing. */
export const compressPack = (bytes: Uint8Array) =>
	zstdCompressSync(bytes, {
		params: {
			[constants.ZSTD_c_compressionLevel]: 19,
			[constants.ZSTD_c_windowLog]: 23,
			[constants.ZSTD_c_enableLongDistanceMatching]: 1,
		},
	});

/**
 * Each page's postings in the language's search index, one small file a page (`offline/postings/<page>.<hash>.zst`),
 * which only a saved copy that updates fetches: the pages that changed. The build first rebuilds the index from them
 * and checks that it is Pagefind's own, byte for byte; if it is not (a Pagefind whose index this guide cannot read
 * yet), there are none, and an update fetches the whole index again.
 */
async function writeSearchPostings(
	root: string,
	base: string,
	language: string,
	files: SetFile[],
	warn: (message: string) => void,
): Promise<SavedSearch | undefined> {
	const search = languages[language]!.lang.toLowerCase();
	const metaFile = files.find(
		({ path }) => path.startsWith(`pagefind/pagefind.${search}_`) && path.endsWith('.pf_meta'),
	);
	if (!metaFile) return undefined;
	const meta = readMeta(gunzipSync(metaFile.body));
	const chunkFiles = new Map(files.filter(({ path }) => isPagefindIndex(path)).map(({ path, body }) => [path, body]));
	const chunks = meta.chunks.map((hash) => chunkFiles.get(`pagefind/index/${hash}.pf_index`));
	const readable = () => {
		try {
			return chunks.every((chunk) => chunk) ? postingsOfPages(chunks as Buffer[], meta.pages.length) : [];
		} catch {
			return []; // an index this guide cannot read: the warning below says so
		}
	};
	const pages = readable();
	const rebuilt = pages.length ? indexChunks(pages) : [];
	if (
		rebuilt.length !== chunks.length ||
		rebuilt.some((chunk, index) => !chunks[index]!.equals(asPagefindFile(chunk)))
	) {
		warn(
			`The search index of ${languages[language]!.label} could not be rebuilt from its pages' postings: Pagefind may have changed how it writes its index (src/common/pagefind-index.ts reads Pagefind 1.6's). The offline copy still works, but an update fetches the whole search index again.`,
		);
		return undefined;
	}
	const recipe = await writeRecipe(root, base, language, files, meta, pages, chunks as Buffer[]);
	await mkdir(join(root, 'offline', 'postings'), { recursive: true });
	const postings: Record<string, string> = {};
	for (const [page, hash] of meta.pages.entries()) {
		const bytes = compressPack(writePostings(pages[page]!));
		const path = nameByContent(`postings/${hash}`, bytes, 'zst');
		await writeFile(join(root, path), bytes);
		postings[hash] = base + path;
	}
	return { language: search, meta: metaFile.url, postings, ...(recipe && { recipe }) };
}

/**
 * The recipe from which a first save makes the language's index with the pages' own text (src/common/search-recipe.ts),
 * checked first: none if the index it makes is not Pagefind's, byte for byte.
 */
async function writeRecipe(
	root: string,
	base: string,
	language: string,
	files: SetFile[],
	meta: IndexMeta,
	pages: Posting[][],
	chunks: Buffer[],
): Promise<SavedSearch['recipe']> {
	const fragments = new Map(files.filter(({ path }) => isPagefindFragment(path)).map(({ path, body }) => [path, body]));
	const texts = meta.pages.map((hash) => {
		const body = fragments.get(`pagefind/fragment/${hash}.pf_fragment`);
		return body
			? (JSON.parse(body.subarray(pagefindSignature.length).toString('utf8')) as { content: string }).content
			: '';
	});
	const rule = wordRuleOf(language);
	const recipe = writeSearchRecipe(texts, pages, rule);
	const made = indexChunks(postingsFromRecipe(recipe, texts, rule));
	if (made.length !== chunks.length || made.some((chunk, index) => !chunks[index]!.equals(asPagefindFile(chunk))))
		return undefined;
	const bytes = compressPack(new TextEncoder().encode(JSON.stringify(recipe)));
	const path = nameByContent(`${language}-recipe`, bytes, 'zst');
	await writeFile(join(root, path), bytes);
	const ruleScript = rule && (await writeWordRule(root, language));
	return {
		file: base + path,
		transfer: bytes.length,
		pack: `${language}-index`,
		...(ruleScript && { rule: { file: base + ruleScript.file, transfer: ruleScript.transfer } }),
	};
}

/** The language's word rule and its stemmer, bundled apart: only a worker that makes this language's index loads it. */
async function writeWordRule(root: string, language: string) {
	const rule = JSON.stringify(fileURLToPath(new URL('../common/search-words.ts', import.meta.url)));
	const code = JSON.stringify(language);
	const file = await writeScriptApart(
		root,
		`words-${language}`,
		`import { stem } from ${JSON.stringify(stemmerFile(language))}; import { wordRule } from ${rule};
(self.${wordRulesGlobal} ??= {})[${code}] = wordRule(${code}, stem);`,
	);
	return { file, transfer: gzipSync(await readFile(join(root, file))).length };
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

/** A script for the worker to import, bundled from `contents` and named by its content. */
async function writeScriptApart(root: string, name: string, contents: string): Promise<string> {
	const { outputFiles } = await bundle({
		stdin: { contents, resolveDir: project },
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		legalComments: 'none',
	});
	const script = outputFiles[0]!.contents;
	const file = nameByContent(name, script, 'js');
	await writeFile(join(root, file), script);
	return file;
}

/** The zstd decoder (fzstd), bundled apart: only a worker that has something to save loads it. */
const writeDecoder = (root: string) =>
	writeScriptApart(root, 'zstd', `import { decompress } from 'fzstd'; self.${zstdGlobal} = decompress;`);

/** Each set's list, named by its content, with what saving it costs. */
async function writeLists(root: string, base: string, decoder: string, warn: (message: string) => void) {
	const lists: Record<string, string> = {};
	const sizes: Record<string, SetSizes> = {};
	const decoderTransfer = gzipSync(await readFile(join(root, decoder))).length;
	const written = new Map<string, SavedPack>();
	const writtenAlone = new Map<string, NonNullable<SetFile['alone']>>();
	for (const language of languageCodes) {
		for (const [name, files] of Object.entries(await listSets(root, base, language))) {
			const { packs, pieces } = await writePacks(root, base, language, files, written, writtenAlone);
			if (pieces) files.push(pieces);
			const search = name === language ? await writeSearchPostings(root, base, language, files, warn) : undefined;
			const set: SavedSet = {
				language,
				files: files.map(({ url, revision, pack, transfer, alone }) => ({
					url,
					revision,
					transfer,
					...(pack && { pack }),
					...(alone && { alone }),
				})),
				packs,
				...(search && { search }),
			};
			const script = `(self.${savedSetsGlobal} ||= {})[${JSON.stringify(name)}] = ${JSON.stringify(set)};\n`;
			lists[name] = nameByContent(name, new TextEncoder().encode(script), 'js');
			await writeFile(join(root, lists[name]), script);
			sizes[name] = {
				transfer: setTransfer(set) + gzipSync(script).length + (Object.keys(packs).length ? decoderTransfer : 0),
				storage: files.reduce((sum, { body }) => sum + body.length, 0),
			};
		}
	}
	await writeFile(join(root, sizesFile), `${JSON.stringify(sizes)}\n`);
	return { lists, sizes };
}

async function writeServiceWorker(root: string, base: string, lists: Record<string, string>, decoder: string) {
	// Each list is named by its content, and sw.js names the lists: a changed list is a changed sw.js, which is
	// what browsers compare to find an update.
	const build: WorkerBuild = {
		base,
		version: versionDate,
		sourceLanguage,
		sets: lists,
		decoder,
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
		entryPoints: [join(project, 'src', 'worker', 'service-worker.ts')],
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
export async function makeOffline(
	root: string,
	base: string,
	warn: (message: string) => void = console.warn,
): Promise<Record<string, SetSizes>> {
	await rm(join(root, 'offline'), { recursive: true, force: true });
	await mkdir(join(root, 'offline'), { recursive: true });
	await writeAppManifests(root, base);
	const decoder = await writeDecoder(root);
	const { lists, sizes } = await writeLists(root, base, decoder, warn);
	await writeServiceWorker(root, base, lists, decoder);
	return sizes;
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
				const sizes = await makeOffline(fileURLToPath(dir), base, (message) => logger.warn(message));
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
