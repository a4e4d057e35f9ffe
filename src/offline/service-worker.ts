// The guide's service worker, bundled after the build by src/integrations/offline.ts into `sw.js`.
// What it keeps: the pages a reader opens (and their styles and scripts), and the sets the reader chose to save,
// named in its own address (`sw.js?save=en,en-pdfs`): a new choice is a new address, so the browser installs it,
// and Workbox's precaching fetches only what is not saved yet and deletes what is no longer chosen. A new build
// changes this file's saved lists, so the browser installs it as an update: only the changed files are fetched.
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { savedSetsGlobal, type SavedSet, type WorkerBuild, type WorkerMessage } from './protocol.ts';
import { notAvailablePage } from './not-available.ts';

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
worker.importScripts(...chosen.map((set) => base + GUIDE.sets[set]));
const savedSets = worker[savedSetsGlobal] ?? {};
// The languages share their styles and scripts: each file once.
const entries = [
	...new Map(chosen.flatMap((set) => savedSets[set]?.files ?? []).map((file) => [file.url, file])).values(),
];
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

// Workbox's install fetches one file after another, and on a slow connection each waits a full round trip (about
// half a second on 3G). Its own strategy fetches and stores them first, six at a time; its install then finds them
// saved, checks them all, and fetches whatever is still missing.
const toFetch = [...entries];
async function fetchSome(event: ExtendableEvent) {
	for (let file = toFetch.shift(); file; file = toFetch.shift()) {
		const request = new Request(file.url, { cache: file.revision ? 'reload' : 'default', credentials: 'same-origin' });
		const cacheKey = precache.getCacheKeyForURL(file.url);
		await Promise.all(precache.strategy.handleAll({ request, event, params: { cacheKey } }));
	}
}

async function install(event: ExtendableEvent) {
	const cache = await worker.caches.open('guide-saved');
	total = entries.reduce((sum, { transfer }) => sum + transfer, 0);
	for (const { url, transfer } of entries) {
		const key = precache.getCacheKeyForURL(url);
		if (key && (await cache.match(key))) saved += transfer;
	}
	await tellPages({ type: 'guide-offline-progress', saved, total, sets: chosen });
	try {
		await Promise.all(Array.from({ length: 6 }, () => fetchSome(event)));
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
