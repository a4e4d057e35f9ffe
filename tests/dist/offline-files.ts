// What the offline guide needs in the built site, checked in its files: the lists of files each language saves,
// the service worker, the app manifests, and on every page what reaches them. Shared by tests/dist/ and the
// adopted-guide build (tests/build/), which builds under a path with a third language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { select, selectAll } from 'hast-util-select';
import { languageCodes, sourceLanguage } from '../../src/languages.ts';
import {
	packSources,
	pdfSet,
	setTransfer,
	sizesFile,
	unpack,
	type SavedSet,
	type SetSizes,
} from '../../src/common/offline-protocol.ts';
import { cutIntoPieces } from '../../src/common/pieces.ts';
import {
	asPagefindFile,
	indexChunks,
	pagefindSignature,
	readMeta,
	readPostings,
} from '../../src/common/pagefind-index.ts';
import { postingsFromRecipe, type SearchRecipe } from '../../src/common/search-recipe.ts';
import type { WordRule } from '../../src/common/search-words.ts';
import { builtPages, languageOf, readBuiltHtml, readBuiltPage, withBase, type BuiltSite } from './built-site.ts';

/**
 * Saving one language must transfer at most 500 KB for the guide's first 44 pages, search included, PDFs apart, and
 * at most 3 KB more for each page added since: what readers on a metered connection were promised, as the guide grows.
 */
export const saveBudget = (pages: number) => 500 * 1024 + 3 * 1024 * Math.max(0, pages - 44);

/** A set as the service worker gets it, from `offline/<set>.<hash>.js`; undefined when the build made none. */
export function savedSet(dist: string, set: string): SavedSet | undefined {
	const folder = join(dist, 'offline');
	const list = existsSync(folder) ? readdirSync(folder).find((file) => file.startsWith(`${set}.`)) : undefined;
	if (!list) return undefined;
	const scope: { guideSavedSets?: Record<string, SavedSet> } = {};
	// The list is a script that assigns its set to `self`: run it against a stand-in.
	runInNewContext(readFileSync(join(folder, list), 'utf8'), { self: scope });
	return scope.guideSavedSets?.[set];
}

/** What the reader's browser keeps of each file a pack brings: the built file, or the content of a gzipped one. */
export function unpackedFiles(dist: string, base: string, set: SavedSet): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const read = (url: string) => zstdDecompressSync(readFileSync(join(dist, url.slice(base.length))));
	for (const { file, pieces } of Object.values(set.packs)) {
		const shared = pieces ? unpack(read(pieces)).pieces : [];
		for (const { file: packed, body } of unpack(read(file), shared).files) files.set(packed.url, Buffer.from(body));
	}
	return files;
}

/** The built file as the reader's browser keeps it: Pagefind's gzipped files as their content. */
const asKept = (built: Buffer) => (built[0] === 0x1f && built[1] === 0x8b ? gunzipSync(built) : built);

/** What stops a saved copy of `language` from rebuilding its search index after an update, as Pagefind built it. */
function searchIndexProblems(dist: string, base: string, language: string, { search }: SavedSet): string[] {
	if (!search)
		return [
			`${language}: the build wrote no postings of its search index (see its warning): an update fetches it whole`,
		];
	const read = (url: string) => readFileSync(join(dist, url.slice(base.length)));
	const meta = readMeta(gunzipSync(read(search.meta)));
	const without = meta.pages.filter((page) => !search.postings[page]);
	if (without.length) return [`${language}: the search index's pages ${without.join(', ')} have no postings`];
	const rebuilt = indexChunks(meta.pages.map((page) => readPostings(zstdDecompressSync(read(search.postings[page]!)))));
	const built = meta.chunks.map((chunk) =>
		gunzipSync(readFileSync(join(dist, 'pagefind', 'index', `${chunk}.pf_index`))),
	);
	const differs = (chunks: Uint8Array[]) =>
		chunks.length !== built.length || chunks.some((chunk, index) => !built[index]!.equals(asPagefindFile(chunk)));
	if (differs(rebuilt))
		return [`${language}: the search index rebuilt from its pages' postings differs from the one Pagefind built`];
	if (!search.recipe)
		return [`${language}: the build wrote no recipe of its search index: a first save fetches the whole index`];
	const recipe = JSON.parse(zstdDecompressSync(read(search.recipe.file)).toString('utf8')) as SearchRecipe;
	const texts = meta.pages.map((page) => {
		const fragment = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', `${page}.pf_fragment`)));
		return (JSON.parse(fragment.subarray(pagefindSignature.length).toString('utf8')) as { content: string }).content;
	});
	// The rule as the worker gets it: the language's script, run against a stand-in for the worker.
	const scope: { guideWordRules?: Record<string, WordRule> } = {};
	if (search.recipe.rule) runInNewContext(read(search.recipe.rule.file).toString('utf8'), { self: scope });
	const rule = scope.guideWordRules?.[language];
	if (search.recipe.rule && !rule) return [`${language}: the script of its word rule gives the worker no rule`];
	if (differs(indexChunks(postingsFromRecipe(recipe, texts, rule))))
		return [
			`${language}: the search index made from its recipe and the pages' text differs from the one Pagefind built`,
		];
	return [];
}

/**
 * What stops an update from fetching a page alone: each page of the language has its file alone, and that file, put
 * together with the pieces of the files it names (as its pack brings them), is the built file.
 */
function aloneProblems(
	dist: string,
	base: string,
	language: string,
	{ files, packs }: SavedSet,
	unpacked: Map<string, Buffer>,
	fileOf: (url: string) => string,
): string[] {
	const problems: string[] = [];
	const read = (url: string) => zstdDecompressSync(readFileSync(join(dist, url.slice(base.length))));
	for (const { url, pack, alone } of files.filter((file) => file.pack)) {
		if (!alone) {
			if (url.startsWith(`${base}${language}/`)) problems.push(`${language}: ${url} does not come alone`);
			continue;
		}
		try {
			const raw = read(alone.file);
			const sources = packSources(raw).map((source) => cutIntoPieces(unpacked.get(source) ?? Buffer.alloc(0)));
			const pieces = packs[pack!]!.pieces;
			const { body } = unpack(raw, pieces ? unpack(read(pieces)).pieces : [], sources).files[0]!;
			if (!Buffer.from(body).equals(asKept(readFileSync(fileOf(url)))))
				problems.push(`${language}: ${url}, as it comes alone, differs from the built file`);
		} catch (error) {
			problems.push(`${language}: ${url} does not come alone: ${(error as Error).message}`);
		}
	}
	return problems;
}

const workerStartFix = "no script it loads registers sw.js: the start is injectScript('page') in astro.config.mjs";

/**
 * Whether a page starts the service worker: one of the module scripts it loads (`<script type="module" src>`, the
 * bundle Astro gives every page, where astro.config.mjs puts the start) registers `sw.js` under the base path. A page
 * holds no inline copy: its content security policy allows the guide's files, not an inline script without a hash.
 */
function workerStart(dist: string, base: string): (html: string) => boolean {
	const starts = new Map<string, boolean>();
	const registers = (src: string) => {
		if (!starts.has(src)) {
			const file = src.startsWith(base) ? join(dist, src.slice(base.length)) : '';
			const code = file && existsSync(file) ? readFileSync(file, 'utf8') : '';
			starts.set(src, /\.register\(/.test(code) && code.includes(`${base}sw.js`));
		}
		return starts.get(src)!;
	};
	return (html) =>
		[...html.matchAll(/<script type="module" src="([^"]+)"/g)].some(([, src]) => registers(src!.split('?')[0]!));
}

/** Every problem of the offline guide in a built site, one line each. */
export function offlineProblems({ dist, base }: BuiltSite): string[] {
	const problems: string[] = [];
	const fileOf = (url: string) => join(dist, url.slice(base.length).replace(/(^|\/)$/, '$1index.html'));
	if (!existsSync(join(dist, 'sw.js'))) problems.push(`${dist}/sw.js is missing: the offline integration did not run`);
	const pages = builtPages(dist);

	for (const language of languageCodes) {
		const guide = savedSet(dist, language);
		const pdfs = savedSet(dist, pdfSet(language));
		if (!guide || !pdfs) {
			problems.push(`${dist}/offline/ has no list of the files to save for "${language}"`);
			continue;
		}
		const listed = new Set(guide.files.map(({ url }) => url));
		for (const { url } of [...guide.files, ...pdfs.files]) {
			if (!url.startsWith(base)) problems.push(`${language}: ${url} is saved without the base path ${base}`);
			else if (!existsSync(fileOf(url))) problems.push(`${language}: ${url} is saved but was not built`);
		}
		// What the packs bring is, byte for byte, what the server sends (a gzipped file: its content).
		const missingPack = Object.values(guide.packs)
			.flatMap(({ file, pieces }) => [file, ...(pieces ? [pieces] : [])])
			.find((file) => !existsSync(join(dist, file.slice(base.length))));
		if (missingPack) problems.push(`${language}: ${missingPack} is listed but was not built`);
		const unpacked = missingPack ? new Map<string, Buffer>() : unpackedFiles(dist, base, guide);
		for (const { url, pack } of guide.files.filter((file) => file.pack)) {
			const body = unpacked.get(url);
			if (!body) problems.push(`${language}: ${url} is listed in the pack "${pack}", which does not hold it`);
			else if (existsSync(fileOf(url)) && !body.equals(asKept(readFileSync(fileOf(url)))))
				problems.push(`${language}: ${url}, as its pack "${pack}" brings it, differs from the built file`);
		}
		problems.push(...aloneProblems(dist, base, language, guide, unpacked, fileOf));
		for (const page of pages.filter((page) => languageOf(page) === language)) {
			if (!listed.has(withBase(base, page))) problems.push(`${language}: ${page} is not saved with its language`);
		}
		problems.push(...searchIndexProblems(dist, base, language, guide));
		for (const needed of [
			'_astro/',
			'pagefind/pagefind.js',
			'pagefind/fragment/',
			`${language}/manifest.webmanifest`,
		]) {
			if (![...listed].some((url) => url.startsWith(base + needed)))
				problems.push(`${language}: nothing under ${needed} is saved`);
		}
		const otherLanguage = [...listed].find((url) =>
			languageCodes.some((code) => code !== language && url.startsWith(`${base}${code}/`)),
		);
		if (otherLanguage) problems.push(`${language}: ${otherLanguage}, of another language, is saved with it`);
		const sizes = existsSync(join(dist, sizesFile))
			? (JSON.parse(readFileSync(join(dist, sizesFile), 'utf8')) as Record<string, SetSizes>)
			: {};
		const shown = sizes[language]?.transfer ?? 0;
		// The list and the decoder come on top of the packs and files: a few kilobytes.
		if (shown < setTransfer(guide) || shown > setTransfer(guide) + 16 * 1024)
			problems.push(
				`${sizesFile} says saving ${language} transfers ${shown} bytes, but its files and packs take ${setTransfer(guide)}`,
			);
		const pageCount = pages.filter((page) => languageOf(page) === language).length;
		if (shown > saveBudget(pageCount))
			problems.push(
				`${language}: saving it transfers ${shown} bytes, over the budget of ${saveBudget(pageCount)} for ${pageCount} pages (500 KB for 44 pages, 3 KB for each page more)`,
			);
		// The method cards' PDF is left out: their page prints them offline (src/integrations/offline.ts).
		const pdfFiles = readdirSync(join(dist, language), { recursive: true }).filter(
			(file) => String(file).endsWith('.pdf') && !String(file).startsWith('methods'),
		);
		if (pdfs.files.length !== pdfFiles.length)
			problems.push(`${language}: ${pdfs.files.length} PDFs are saved apart, of ${pdfFiles.length} built`);

		const manifestFile = join(dist, language, 'manifest.webmanifest');
		const manifest = existsSync(manifestFile)
			? (JSON.parse(readFileSync(manifestFile, 'utf8')) as {
					start_url?: string;
					scope?: string;
					icons?: { src: string }[];
				})
			: undefined;
		if (manifest?.start_url !== `${base}${language}/` || manifest.scope !== base)
			problems.push(`${language}/manifest.webmanifest does not open the guide at ${base}${language}/`);
		for (const { src } of manifest?.icons ?? []) {
			if (!existsSync(fileOf(src))) problems.push(`${language}/manifest.webmanifest names ${src}, which was not built`);
		}

		// The control on Start here, and without JavaScript only the line that says so.
		const startHere = readBuiltPage(dist, `/${language}/start-here/`);
		if (!select('[data-offline-control]', startHere))
			problems.push(`/${language}/start-here/ has no "Save for offline use" control`);
		for (const part of selectAll('[data-state]', startHere)) {
			const shownWithoutScript = part.properties.dataState === 'needs';
			if (Boolean(part.properties.hidden) === shownWithoutScript)
				problems.push(
					`/${language}/start-here/: without JavaScript, [data-state="${String(part.properties.dataState)}"] is ${shownWithoutScript ? 'hidden' : 'shown'}`,
				);
		}
	}

	// Every page of the guide reaches the menu (and its language switch), the offline control and its manifest.
	// Read as text: these are attributes the build writes as such, and 90 pages parse slowly.
	const startsWorker = workerStart(dist, base);
	const frontDoor = readBuiltHtml(dist, '/');
	for (const language of languageCodes) {
		if (!frontDoor.includes(`href="${base}${language}/start-here/#offline"`))
			problems.push(`/ has no link to "Use this guide offline" in ${language}`);
	}
	if (!startsWorker(frontDoor)) problems.push(`/ does not start the service worker (${workerStartFix})`);
	for (const page of pages.filter((page) => page !== '/')) {
		// By its folder, so that a language this project does not list yet (an adopted guide's) is checked too.
		const folder = page.split('/')[1]!;
		const language = existsSync(join(dist, folder, 'manifest.webmanifest')) ? folder : sourceLanguage;
		const html = readBuiltHtml(dist, page);
		if (!html.includes('id="starlight__sidebar"')) problems.push(`${page} has no menu (Starlight's sidebar)`);
		if (!html.includes(`href="${base}${language}/start-here/#offline"`))
			problems.push(`${page} has no link to "Use this guide offline"`);
		if (!html.includes(`<link rel="manifest" href="${base}${language}/manifest.webmanifest"`))
			problems.push(`${page} does not link its language's app manifest`);
		if (!startsWorker(html)) problems.push(`${page} does not start the service worker (${workerStartFix})`);
	}
	return problems;
}
