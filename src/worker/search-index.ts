// After an update, a saved language's search index is rebuilt from the index the reader has and the postings of the
// pages that changed (src/common/pagefind-index.ts), so that a one-page edit does not fetch the whole index again.
// Each rebuilt chunk must bear the name Pagefind gave it (its SHA-1): if one does not, nothing is kept, and the
// index's pack brings the whole index as on a first save.
import {
	asPagefindFile,
	indexChunks,
	isChunkName,
	pagefindSignature,
	postingsOfPages,
	readMeta,
	readPostings,
	type IndexMeta,
} from '../common/pagefind-index.ts';
import { postingsFromRecipe, type SearchRecipe } from '../common/search-recipe.ts';
import type { SavedSearch } from '../common/offline-protocol.ts';
import type { WordRule } from '../common/search-words.ts';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** A Pagefind file as Pagefind reads it: its content, whether kept gzipped (as served) or unpacked. */
export async function contentOf(response: Response) {
	const bytes = new Uint8Array(await response.arrayBuffer());
	if (!isGzip(bytes)) return bytes;
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The path of the language's metadata, and of Pagefind's folder, which holds its index and fragments. */
const placesOf = ({ meta }: SavedSearch) => {
	const metaPath = new URL(meta, location.href).pathname;
	return { metaPath, folder: metaPath.slice(0, metaPath.lastIndexOf('/') + 1) };
};

async function fetched(url: string) {
	const response = await fetch(url, { credentials: 'same-origin' });
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return response;
}

/**
 * Rebuilds the language's index into `cache`, under the keys `keyOf` gives the new build's files, and keeps its new
 * metadata there too. Returns the addresses of the files it kept: none when the reader has no earlier index of this
 * language, or when the rebuilt index is not the build's.
 */
export async function rebuildSearchIndex(
	cache: Cache,
	search: SavedSearch,
	keyOf: (url: string) => string | undefined,
	decompress: (bytes: Uint8Array) => Uint8Array,
): Promise<string[]> {
	const metaKey = keyOf(search.meta);
	const { metaPath, folder } = placesOf(search);
	const earlier = (await cache.keys()).find((request) => {
		const { pathname } = new URL(request.url);
		return (
			pathname !== metaPath &&
			pathname.startsWith(`${folder}pagefind.${search.language}_`) &&
			pathname.endsWith('.pf_meta')
		);
	});
	if (!earlier || !metaKey) return [];
	const before = readMeta(await contentOf((await cache.match(earlier))!));
	const chunksBefore: Uint8Array[] = [];
	for (const hash of before.chunks) {
		const kept = await cache.match(new URL(`${folder}index/${hash}.pf_index`, location.href).href);
		if (!kept) return [];
		chunksBefore.push(await contentOf(kept));
	}
	const metaResponse = await fetched(search.meta);
	const metaBytes = await metaResponse.clone().arrayBuffer();
	const after = readMeta(await contentOf(metaResponse));

	const kept = new Map(
		postingsOfPages(chunksBefore, before.pages.length).map((postings, page) => [before.pages[page]!, postings]),
	);
	const pages = [];
	for (const hash of after.pages) {
		const postings = search.postings[hash];
		if (kept.has(hash)) pages.push(kept.get(hash)!);
		else if (postings)
			pages.push(readPostings(decompress(new Uint8Array(await (await fetched(postings)).arrayBuffer()))));
		else return [];
	}
	const chunks = await keepChunks(cache, indexChunks(pages), after, folder, search.language, keyOf);
	if (!chunks.length) return [];
	await cache.put(metaKey, new Response(metaBytes, { headers: type }));
	return [search.meta, ...chunks];
}

const type = { 'content-type': 'application/octet-stream' };

/** Keeps the chunks if each bears the name Pagefind gave it; returns their addresses, or none. */
async function keepChunks(
	cache: Cache,
	chunks: Uint8Array<ArrayBuffer>[],
	meta: IndexMeta,
	folder: string,
	language: string,
	keyOf: (url: string) => string | undefined,
): Promise<string[]> {
	if (chunks.length !== meta.chunks.length) return [];
	const files: { url: string; key: string; body: Uint8Array<ArrayBuffer> }[] = [];
	for (const [index, chunk] of chunks.entries()) {
		const sha1 = new Uint8Array(await crypto.subtle.digest('SHA-1', chunk));
		const url = `${folder}index/${meta.chunks[index]}.pf_index`;
		const key = keyOf(url);
		if (!key || !isChunkName(meta.chunks[index]!, language, sha1)) return [];
		files.push({ url, key, body: asPagefindFile(chunk) });
	}
	for (const { key, body } of files) await cache.put(key, new Response(body, { headers: type }));
	return files.map(({ url }) => url);
}

/**
 * On a first save, makes the language's index from its recipe and the pages' fragments, saved already with their
 * packs, rather than fetch the index's pack. Returns the addresses of the chunks it kept: none if the recipe, the
 * fragments or the language's metadata are missing, or if a chunk is not the build's.
 */
export async function makeSearchIndex(
	cache: Cache,
	search: SavedSearch,
	keyOf: (url: string) => string | undefined,
	decompress: (bytes: Uint8Array) => Uint8Array,
	rule: WordRule | undefined,
): Promise<string[]> {
	if (!search.recipe || (search.recipe.rule && !rule)) return [];
	const { folder } = placesOf(search);
	const savedContent = async (url: string) => {
		const kept = await cache.match(keyOf(url) ?? url);
		if (!kept) throw new Error(`${url} is not saved`);
		return contentOf(kept);
	};
	const meta = readMeta(await savedContent(search.meta));
	const signature = pagefindSignature.length;
	const texts = await Promise.all(
		meta.pages.map(async (hash) => {
			const fragment = await savedContent(`${folder}fragment/${hash}.pf_fragment`);
			return (JSON.parse(new TextDecoder().decode(fragment.subarray(signature))) as { content: string }).content;
		}),
	);
	const recipe = JSON.parse(
		new TextDecoder().decode(decompress(new Uint8Array(await (await fetched(search.recipe.file)).arrayBuffer()))),
	) as SearchRecipe;
	return keepChunks(cache, indexChunks(postingsFromRecipe(recipe, texts, rule)), meta, folder, search.language, keyOf);
}
