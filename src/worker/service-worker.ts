// The guide's service worker, bundled after the build by src/integrations/offline.ts into `sw.js`.
// What it keeps: the pages a reader opens (and their styles and scripts), and the sets the reader chose to save,
// named in its own address (`sw.js?save=en,en-pdfs`): a new choice is a new address, so the browser installs it,
// and Workbox's precaching fetches only what is not saved yet and deletes what is no longer chosen. A new build
// changes this file's saved lists, so the browser installs it as an update: only the changed files are fetched.
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { cutIntoPieces } from '../common/pieces.ts';
import {
	packSources,
	savedSetsGlobal,
	sizesFile,
	unpack,
	wordRulesGlobal,
	zstdGlobal,
	type SavedFile,
	type SavedPack,
	type SavedSet,
	type WorkerBuild,
	type WorkerMessage,
} from '../common/offline-protocol.ts';
import type { WordRule } from '../common/search-words.ts';
import { notAvailablePage } from './not-available.ts';
import { contentOf, makeSearchIndex, rebuildSearchIndex } from './search-index.ts';

declare global {
	interface ExtendableEvent extends Event {
		waitUntil(promise: Promise<unknown>): void;
	}
}
interface MessageFromPage extends ExtendableEvent {
	data: unknown;
	ports: readonly MessagePort[];
}
interface WorkerScope {
	location: Location;
	caches: CacheStorage;
	clients: {
		matchAll(options: {
			includeUncontrolled: boolean;
			type: 'window';
		}): Promise<{ postMessage(message: unknown): void }[]>;
		claim(): Promise<void>;
	};
	skipWaiting(): Promise<void>;
	importScripts(...urls: string[]): void;
	[savedSetsGlobal]?: Record<string, SavedSet>;
	[zstdGlobal]?: (compressed: Uint8Array) => Uint8Array;
	[wordRulesGlobal]?: Record<string, WordRule>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
}

declare const GUIDE: WorkerBuild;
const worker = self as unknown as WorkerScope;
const { base } = GUIDE;

// The lists of files to save are apart, so that a reader who saves nothing never downloads them.
const chosen = (new URL(worker.location.href).searchParams.get('save') ?? '')
	.split(',')
	.filter((set) => set in GUIDE.sets);
worker.importScripts(...chosen.map((set) => base + GUIDE.sets[set]), ...(chosen.length ? [base + GUIDE.decoder] : []));
const savedSets = worker[savedSetsGlobal] ?? {};
// A language whose index is made on the device needs its word rule to read the recipe.
worker.importScripts(...new Set(chosen.flatMap((set) => savedSets[set]?.search?.recipe?.rule?.file ?? [])));
// The languages share their styles and scripts: each file once, and each pack.
const entries = [
	...new Map(chosen.flatMap((set) => savedSets[set]?.files ?? []).map((file) => [file.url, file])).values(),
];
const packs = new Map<string, SavedPack>(chosen.flatMap((set) => Object.entries(savedSets[set]?.packs ?? {})));
const bytes = new Map(entries.map(({ url, transfer }) => [new URL(url, worker.location.href).href, transfer]));

async function tellPages(message: WorkerMessage) {
	for (const client of await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' })) {
		client.postMessage(message);
	}
}

let saved = 0;
let total = 0;
const progress = {
	cacheDidUpdate: async ({ request }: { request: Request }) => {
		saved += bytes.get(request.url.replace(/[?&]__WB_REVISION__=.*$/, '')) ?? 0;
		await tellPages({ type: 'guide-offline-progress', saved, total, sets: chosen });
	},
};

const precache = new PrecacheController({ cacheName: 'guide-saved', plugins: [progress] });
precache.addToCacheList(entries.map(({ url, revision }) => ({ url, revision })));

/** The bytes of a saved file, or of one fetched now and kept, as Workbox keeps it. */
async function savedOrFetched(cache: Cache, url: string) {
	const key = precache.getCacheKeyForURL(url)!;
	const kept = await cache.match(key);
	if (kept) return new Uint8Array(await kept.arrayBuffer());
	const response = await fetch(url, { credentials: 'same-origin' });
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	await cache.put(key, new Response(bytes, { headers: { 'content-type': 'application/zstd' } }));
	saved += bytes.length;
	return bytes;
}

/** A language's shared pieces, read once per install. */
const sharedPieces = new Map<string, Promise<Uint8Array[]>>();
const piecesOf = (cache: Cache, url: string) => {
	if (!sharedPieces.has(url))
		sharedPieces.set(
			url,
			savedOrFetched(cache, url).then((bytes) => unpack(worker[zstdGlobal]!(bytes)).pieces),
		);
	return sharedPieces.get(url)!;
};

/** Fetches a pack and keeps, under Workbox's keys, those of its files that are not saved yet. */
async function savePack(cache: Cache, { file, transfer, pieces }: SavedPack, missing: Set<string>) {
	const response = await fetch(file, { credentials: 'same-origin' });
	if (!response.ok) throw new Error(`${file}: ${response.status}`);
	const shared = pieces ? await piecesOf(cache, pieces) : [];
	const { files } = unpack(worker[zstdGlobal]!(new Uint8Array(await response.arrayBuffer())), shared);
	for (const { file: packed, body } of files) {
		const key = precache.getCacheKeyForURL(packed.url);
		if (!key || !missing.has(packed.url)) continue;
		await cache.put(key, new Response(body, { headers: { 'content-type': packed.type } }));
	}
	saved += transfer;
	await tellPages({ type: 'guide-offline-progress', saved, total, sets: chosen });
}

const hex = (digest: ArrayBuffer) =>
	[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Fetches the files of a pack that are missing, each alone, and puts each together from its own pieces and those of
 * the pack's other files: the ones saved already, or fetched now. Each file put together so is checked against its
 * SHA-256; if one does not match, nothing of it is kept, and the caller fetches the whole pack.
 */
async function saveAlone(cache: Cache, { pieces }: SavedPack, files: SavedFile[]) {
	const shared = pieces ? await piecesOf(cache, pieces) : [];
	const fetched = new Map(
		await Promise.all(
			files.map(async ({ url, alone }) => {
				const response = await fetch(alone!.file, { credentials: 'same-origin' });
				if (!response.ok) throw new Error(`${alone!.file}: ${response.status}`);
				return [url, worker[zstdGlobal]!(new Uint8Array(await response.arrayBuffer()))] as const;
			}),
		),
	);
	const made = new Map<string, Promise<{ body: Uint8Array<ArrayBuffer>; type: string }>>();
	const bodyOf = async (url: string): Promise<Uint8Array> => {
		if (fetched.has(url)) return (await madeOf(url)).body;
		const kept = await cache.match(precache.getCacheKeyForURL(url) ?? url);
		if (!kept) throw new Error(`${url} is not saved`);
		// Pagefind's files, fetched by Workbox rather than unpacked, are kept as sent: their pieces are of their content.
		return contentOf(kept);
	};
	const madeOf = (url: string) => {
		if (!made.has(url))
			made.set(
				url,
				(async () => {
					const raw = fetched.get(url)!;
					const sources = await Promise.all(
						packSources(raw).map(async (source) => cutIntoPieces(await bodyOf(source))),
					);
					const { file, body } = unpack(raw, shared, sources).files[0]!;
					if (file.sha256 && hex(await crypto.subtle.digest('SHA-256', body)) !== file.sha256)
						throw new Error(`${url} did not come together as built`);
					return { body, type: file.type };
				})(),
			);
		return made.get(url)!;
	};
	const bodies = await Promise.all(files.map(async ({ url }) => ({ url, ...(await madeOf(url)) })));
	for (const { url, body, type } of bodies)
		await cache.put(precache.getCacheKeyForURL(url)!, new Response(body, { headers: { 'content-type': type } }));
}

/**
 * A pack's missing files, alone when that weighs less than the pack (after a small edit), else the pack; and the
 * pack after all if they do not come together as built.
 */
async function saveMissing(cache: Cache, pack: SavedPack, files: SavedFile[], missing: Set<string>) {
	const alone = files.reduce((sum, file) => sum + (file.alone?.transfer ?? Infinity), 0);
	if (alone < pack.transfer) {
		const done = await saveAlone(cache, pack, files).then(
			() => true,
			(error: unknown) => {
				if ((error as Error).name === 'QuotaExceededError') throw error;
				return false;
			},
		);
		if (done) {
			saved += alone;
			await tellPages({ type: 'guide-offline-progress', saved, total, sets: chosen });
			return;
		}
	}
	await savePack(cache, pack, missing);
}

// Workbox's install fetches one file after another, and on a slow connection each waits a full round trip (about
// half a second on 3G). The packs, and Workbox's own strategy for the files of no pack, fetch and store them first,
// six at a time; its install then finds them saved, checks them all, and fetches whatever is still missing.
// A file that fails does not stop the others: what arrives is kept, so that a retry fetches only the rest.
async function fetchInTurn(toFetch: (() => Promise<void>)[], failures: unknown[]) {
	for (let next = toFetch.shift(); next; next = toFetch.shift()) await next().catch((error) => failures.push(error));
}

async function install(event: ExtendableEvent) {
	const cache = await worker.caches.open('guide-saved');
	const missing = new Set<string>();
	for (const { url } of entries) {
		const key = precache.getCacheKeyForURL(url);
		if (!key || !(await cache.match(key))) missing.add(url);
	}
	// After an update, each saved language rebuilds its search index from the pages that changed, rather than fetch
	// the whole index again; if it cannot, the index's pack brings it.
	for (const set of chosen) {
		const search = savedSets[set]?.search;
		const isIndex = (url: string) => url.startsWith(`${base}pagefind/index/${search?.language}_`);
		if (!search || !entries.some(({ url }) => missing.has(url) && isIndex(url))) continue;
		const keyOf = (url: string) => precache.getCacheKeyForURL(url);
		const rebuilt = await rebuildSearchIndex(cache, search, keyOf, worker[zstdGlobal]!).catch(() => []);
		for (const url of rebuilt) missing.delete(url);
	}
	// On a first save, the index is made from the pages' own text once they are saved, if the build says how.
	const toMake = chosen.flatMap((set) => {
		const search = savedSets[set]?.search;
		const indexPack = search?.recipe?.pack;
		return search && indexPack && entries.some((file) => file.pack === indexPack && missing.has(file.url))
			? [search]
			: [];
	});
	const made = new Set(toMake.map((search) => search.recipe!.pack));
	// Only the packs that bring a missing file: after a one-page change, the pack of that page's section.
	const missingOf = (name: string) => entries.filter((file) => file.pack === name && missing.has(file.url));
	const neededPacks = [...packs].filter(([name]) => missingOf(name).length && !made.has(name));
	const transferOf = (name: string, pack: SavedPack) =>
		Math.min(
			pack.transfer,
			missingOf(name).reduce((sum, file) => sum + (file.alone?.transfer ?? Infinity), 0),
		);
	// The shared pieces come with the first pack that needs them.
	const pieceFiles = new Set(neededPacks.flatMap(([, pack]) => pack.pieces ?? []));
	const alone = entries.filter((file) => !file.pack && missing.has(file.url) && !pieceFiles.has(file.url));
	const piecesMissing = entries.filter((file) => pieceFiles.has(file.url) && missing.has(file.url));
	total =
		neededPacks.reduce((sum, [name, pack]) => sum + transferOf(name, pack), 0) +
		toMake.reduce((sum, search) => sum + search.recipe!.transfer, 0) +
		[...piecesMissing, ...alone].reduce((sum, { transfer }) => sum + transfer, 0);
	await tellPages({ type: 'guide-offline-progress', saved, total, sets: chosen });
	const toFetch = [
		...neededPacks.map(
			([name, pack]) =>
				() =>
					saveMissing(cache, pack, missingOf(name), missing),
		),
		...alone.map((file) => async () => {
			const request = new Request(file.url, {
				cache: file.revision ? 'reload' : 'default',
				credentials: 'same-origin',
			});
			const cacheKey = precache.getCacheKeyForURL(file.url);
			await Promise.all(precache.strategy.handleAll({ request, event, params: { cacheKey } }));
		}),
	];
	try {
		const failures: unknown[] = [];
		await Promise.all(Array.from({ length: 6 }, () => fetchInTurn(toFetch, failures)));
		if (failures.length) throw failures.find((error) => (error as Error).name === 'QuotaExceededError') ?? failures[0];
		for (const search of toMake) {
			const keyOf = (url: string) => precache.getCacheKeyForURL(url);
			const kept = await makeSearchIndex(
				cache,
				search,
				keyOf,
				worker[zstdGlobal]!,
				worker[wordRulesGlobal]?.[search.language],
			).catch(() => []);
			saved += search.recipe!.transfer + (search.recipe!.rule?.transfer ?? 0);
			if (!kept.length) await savePack(cache, packs.get(search.recipe!.pack)!, missing);
			else await tellPages({ type: 'guide-offline-progress', saved, total, sets: chosen });
		}
		await precache.install(event);
	} catch (error) {
		const reason = (error as Error).name === 'QuotaExceededError' ? 'space' : 'network';
		await tellPages({ type: 'guide-offline-failed', reason, sets: chosen });
		throw error;
	}
}

worker.addEventListener('install', (event) => event.waitUntil(install(event)));
worker.addEventListener('activate', (event) =>
	event.waitUntil(precache.activate(event).then(() => worker.clients.claim())),
);
worker.addEventListener('message', (event) => {
	const { type } = (event.data ?? {}) as { type?: string };
	if (type === 'guide-offline-activate') event.waitUntil(worker.skipWaiting());
	if (type === 'guide-offline-state')
		event.ports[0]?.postMessage({ type: 'guide-offline-state', version: GUIDE.version, sets: chosen });
});

// Saved files first, whatever the connection: Pagefind asks for its index with a cache-busting `ts` parameter.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/^ts$/] }));

// Pages the reader opens: the newest when the connection works, the kept copy when it does not. A page's own
// request, or its address sent by the page itself (CACHE_URLS) on the visit that installed this worker.
const isPage = (url: URL) => url.origin === worker.location.origin && /\/$|\.html$/.test(url.pathname);
registerRoute(
	({ request, url }) => request.mode === 'navigate' || isPage(url),
	new NetworkFirst({
		cacheName: 'guide-opened-pages',
		networkTimeoutSeconds: 8,
		plugins: [new ExpirationPlugin({ maxEntries: 150 })],
	}),
);
// Their styles and scripts: the build names them by their content, so a kept copy is never out of date.
registerRoute(
	({ url }) => url.origin === worker.location.origin && url.pathname.startsWith(`${base}_astro/`),
	new CacheFirst({ cacheName: 'guide-opened-assets', plugins: [new ExpirationPlugin({ maxEntries: 150 })] }),
);

// What saving costs, which the control reads: the newest, or the last one read.
registerRoute(
	({ url }) => url.origin === worker.location.origin && url.pathname === base + sizesFile,
	new NetworkFirst({ cacheName: 'guide-opened-assets', networkTimeoutSeconds: 8 }),
);

// A page that is neither saved nor opened before, with no connection: say so, in the reader's language.
setCatchHandler(async ({ request }) => {
	if (request.destination !== 'document') return Response.error();
	const languageOf = (address: string) => {
		const path = address ? new URL(address).pathname : '';
		return path.startsWith(base) ? path.slice(base.length).split('/')[0] : undefined;
	};
	// The reader's language: the page they came from; else the page asked for, if they saved its language; else a
	// language they saved; else the page's.
	const savedLanguages = chosen.filter((set) => set in GUIDE.words);
	const asked = languageOf(request.url);
	const readerLanguage =
		[languageOf(request.referrer), savedLanguages.find((code) => code === asked), ...savedLanguages, asked].find(
			(code): code is string => code !== undefined && code in GUIDE.words,
		) ?? GUIDE.sourceLanguage;
	const opened = await worker.caches.open('guide-opened-pages');
	const openedPages = await Promise.all(
		(await opened.keys())
			.filter((key) => isPage(new URL(key.url)))
			.map(async (key) => {
				const html = (await (await opened.match(key))?.text()) ?? '';
				return {
					href: key.url,
					title: html.match(/<title>([^<]*)<\/title>/)?.[1] ?? key.url,
					lang: languageOf(key.url),
				};
			}),
	);
	return new Response(notAvailablePage(GUIDE, readerLanguage, savedLanguages, openedPages, request.url), {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' },
	});
});
