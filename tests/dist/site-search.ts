// The site's own search, run in Node: the built site's pagefind.js, over its index in dist/pagefind/, with the options
// the site's pages pass it (Starlight's ranking, read from the built bundle) and the guide's reading of what a reader
// types (src/common/search-terms.ts). A search here returns the pages the search dialog lists, in its order, in the
// time a browser test takes to open one page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normaliseSearchTerm } from '../../src/common/search-terms.ts';
import type { BuiltSite } from './built-site.ts';

/** One result as Pagefind gives it: its data loads on request. */
interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string }>;
}
/** The part of a Pagefind instance (pagefind.js's `createInstance`) that a search uses. */
interface PagefindInstance {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** What a search finds: each page's address without the base path (`/es/kit/budget/`), and its excerpt as text. */
export interface Found {
	path: string;
	excerpt: string;
}

/** The options the site's search dialog gives Pagefind: Starlight writes the `pagefind` config into a bundle of its
 * own, which every page's search imports; the dialog adds the excerpt length it uses with sub-results (12 words). */
async function siteOptions(dist: string): Promise<Record<string, unknown>> {
	const folder = join(dist, '_astro');
	const bundle = readdirSync(folder).find((file) => /^pagefind-config\.[\w-]+\.js$/.test(file));
	if (!bundle)
		throw new Error(`${folder} has no pagefind-config bundle: Starlight no longer writes its search options so`);
	const exported = Object.values((await import(pathToFileURL(join(folder, bundle)).href)) as object);
	const config = exported[0] as Record<string, unknown> | undefined;
	if (exported.length !== 1 || !config || !('ranking' in config))
		throw new Error(`${bundle} no longer exports Starlight's search options (its ranking) alone`);
	const { processTerm, mergeIndex, ...options } = config;
	return { ...options, excerptLength: 12 };
}

/** pagefind.js fetches its files by address: here they are read from the built site. */
function serveFromDist(site: BuiltSite): void {
	globalThis.fetch = (input: string | URL | Request) => {
		const address = input instanceof Request ? input.url : String(input);
		const path = decodeURIComponent(new URL(address, 'http://guide.test').pathname);
		const file = join(site.dist, path.startsWith(site.base) ? path.slice(site.base.length) : path);
		return Promise.resolve(
			existsSync(file) ? new Response(readFileSync(file)) : new Response('', { status: 404, statusText: 'Not Found' }),
		);
	};
}

/** A search of the built site as a reader on a page in `language` makes it: `search(term)` lists what it finds. */
export async function siteSearch(site: BuiltSite, language: string): Promise<(term: string) => Promise<Found[]>> {
	const script = join(site.dist, 'pagefind', 'pagefind.js');
	if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first.`);
	serveFromDist(site);
	// A module of its own for each language: the module's WebAssembly is one language's, as on a page of the site.
	const pagefind = (await import(`${pathToFileURL(script).href}?language=${language}`)) as PagefindModule;
	// Pagefind takes the language of its index from the page's <html lang>, when the instance is made.
	const page = { querySelector: () => ({ getAttribute: () => language }) };
	Object.assign(globalThis, { document: page });
	const options = await siteOptions(site.dist);
	const instance = pagefind.createInstance({ ...options, basePath: `${site.base}pagefind/`, baseUrl: site.base });
	Reflect.deleteProperty(globalThis, 'document');
	return async (term) => {
		const { results } = await instance.search(normaliseSearchTerm(term, language));
		return Promise.all(
			results.map(async (result) => {
				const { url, excerpt } = await result.data();
				return { path: `/${url.slice(site.base.length)}`, excerpt: excerpt.replace(/<\/?mark>/g, '') };
			}),
		);
	};
}
