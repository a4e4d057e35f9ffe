// Pagefind's word index (`pagefind/index/*.pf_index`, Pagefind 1.6) taken apart into each page's postings, and put
// together again byte for byte. After a one-page change, a saved copy fetches only that page's postings and rebuilds
// the index itself, instead of fetching the whole index again: Pagefind rewrites every chunk of it on any edit,
// since each chunk holds a range of words for all pages. Used by the build (src/integrations/offline.ts), which
// checks that the index it rebuilds is Pagefind's own, and by the service worker.

/** What each of Pagefind's files begins with, before its CBOR. */
export const pagefindSignature = 'pagefind_dcd';

type Cbor = number | string | Cbor[];

/** The CBOR that Pagefind writes (integers, text, arrays), read from `bytes` at `at`. */
function readCbor(bytes: Uint8Array, at: { offset: number }): Cbor {
	const initial = bytes[at.offset++]!;
	const major = initial >> 5;
	const extra = initial & 31;
	let value = extra;
	if (extra >= 24) {
		const length = 1 << (extra - 24);
		if (length > 4) throw new Error('a CBOR number too large for a search index');
		value = 0;
		for (let index = 0; index < length; index++) value = value * 256 + bytes[at.offset++]!;
	}
	if (major === 0) return value;
	if (major === 1) return -1 - value;
	if (major === 3) return new TextDecoder().decode(bytes.subarray(at.offset, (at.offset += value)));
	if (major === 4) return Array.from({ length: value }, () => readCbor(bytes, at));
	throw new Error(`CBOR of major type ${major}, which a search index does not hold`);
}

/** Pagefind's CBOR: each value in its shortest form, as its encoder (minicbor) writes it. */
function writeCbor(value: Cbor, out: number[] = []): number[] {
	const head = (major: number, n: number) => {
		if (n < 24) out.push((major << 5) | n);
		else if (n < 0x100) out.push((major << 5) | 24, n);
		else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
		else out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
	};
	if (typeof value === 'number') {
		if (value >= 0) head(0, value);
		else head(1, -1 - value);
	} else if (typeof value === 'string') {
		const text = new TextEncoder().encode(value);
		head(3, text.length);
		for (const byte of text) out.push(byte);
	} else {
		head(4, value.length);
		for (const item of value) writeCbor(item, out);
	}
	return out;
}

/** A file's CBOR, after Pagefind's signature. */
export function readPagefindFile(content: Uint8Array): Cbor {
	const signature = new TextDecoder().decode(content.subarray(0, pagefindSignature.length));
	if (signature !== pagefindSignature) throw new Error('not one of Pagefind’s files');
	return readCbor(content, { offset: pagefindSignature.length });
}

export const asPagefindFile = (cbor: Uint8Array): Uint8Array<ArrayBuffer> => {
	const signature = new TextEncoder().encode(pagefindSignature);
	const content = new Uint8Array(signature.length + cbor.length);
	content.set(signature);
	content.set(cbor, signature.length);
	return content;
};

/** What the search needs of a language's metadata (`pagefind.<lang>_<hash>.pf_meta`). */
export interface IndexMeta {
	/** Each page's fragment hash, in the order that numbers the pages. */
	pages: string[];
	/** The index's chunks, in order, by the names Pagefind gave them. */
	chunks: string[];
}

export function readMeta(content: Uint8Array): IndexMeta {
	const [, pages, chunks] = readPagefindFile(content) as [string, [string][], [string, string, string][]];
	return { pages: pages.map(([hash]) => hash), chunks: chunks.map(([, , hash]) => hash) };
}

/** One word of one page: where it is (Pagefind's locations, with its weight markers) and where in the page's meta. */
export interface Posting {
	/** The word as indexed (stemmed). */
	word: string;
	/** The form as written when it differs from the word only by its accents; else empty. */
	variant: string;
	locations: number[];
	metaLocations: number[];
}

/** A page's postings in a word's list: [page number since the previous page, locations, meta locations]. */
type PagePostings = [number, number[], number[]];
type PackedWord = [string, PagePostings[], [string, PagePostings[]][]];

/** The postings of each page (by its number), read from the index's chunks. */
export function postingsOfPages(chunks: Uint8Array[], pageCount: number): Posting[][] {
	const pages: Posting[][] = Array.from({ length: pageCount }, () => []);
	const add = (word: string, variant: string, list: PagePostings[]) => {
		let page = 0;
		for (const [step, locations, metaLocations] of list) {
			page += step;
			const postings = pages[page];
			if (!postings) throw new Error(`the search index names page ${page}, of ${pageCount}`);
			postings.push({ word, variant, locations, metaLocations });
		}
	};
	for (const chunk of chunks) {
		const [words] = readPagefindFile(chunk) as [PackedWord[]];
		for (const [word, list, variants] of words) {
			add(word, '', list);
			for (const [variant, variantList] of variants) add(word, variant, variantList);
		}
	}
	return pages;
}

/** Words in the order of their UTF-8 bytes, as Pagefind sorts them (not JavaScript's order of UTF-16 units). */
function inByteOrder(words: string[]) {
	const encoder = new TextEncoder();
	const keyed = words.map((word) => ({ word, bytes: encoder.encode(word) }));
	keyed.sort(({ bytes: x }, { bytes: y }) => {
		for (let index = 0; index < Math.min(x.length, y.length); index++)
			if (x[index] !== y[index]) return x[index]! - y[index]!;
		return x.length - y.length;
	});
	return keyed.map(({ word }) => word);
}

/** How Pagefind measures a chunk as it fills it: locations, meta locations and pages, and each accented form. */
const chunkSize = 20000;
const weight = ([, list, variants]: PackedWord) =>
	[...list, ...variants.flatMap(([, variantList]) => variantList)].reduce(
		(sum, [, locations, metaLocations]) => sum + locations.length + metaLocations.length + 1,
		variants.length,
	);

/**
 * The index's chunks as Pagefind writes them (their CBOR, without the signature), from each page's postings in page
 * order: the words in byte order, each with its pages in order and its accented forms by their first page.
 */
export function indexChunks(pages: Posting[][]): Uint8Array<ArrayBuffer>[] {
	type Pages = [number, Posting][];
	const words = new Map<string, { list: Pages; variants: Map<string, Pages> }>();
	pages.forEach((postings, page) => {
		for (const posting of postings) {
			const word = words.get(posting.word) ?? { list: [], variants: new Map<string, Pages>() };
			words.set(posting.word, word);
			const list = posting.variant ? (word.variants.get(posting.variant) ?? []) : word.list;
			if (posting.variant) word.variants.set(posting.variant, list);
			list.push([page, posting]);
		}
	});
	const steps = (list: Pages): PagePostings[] =>
		list.map(([page, { locations, metaLocations }], index) => [
			page - (index ? list[index - 1]![0] : 0),
			locations,
			metaLocations,
		]);
	const packed = inByteOrder([...words.keys()]).map((word): PackedWord => {
		const { list, variants } = words.get(word)!;
		const forms = [...variants].sort(([, a], [, b]) => a[0]![0] - b[0]![0]);
		return [word, steps(list), forms.map(([form, formList]) => [form, steps(formList)])];
	});
	const chunks: PackedWord[][] = [];
	let chunk: PackedWord[] = [];
	let size = 0;
	for (const word of packed) {
		chunk.push(word);
		size += weight(word);
		if (size >= chunkSize) {
			chunks.push(chunk);
			chunk = [];
			size = 0;
		}
	}
	if (chunk.length) chunks.push(chunk);
	return chunks.map((words) => new Uint8Array(writeCbor([words as unknown as Cbor[]])));
}

/**
 * Whether `name` is the name Pagefind gives a chunk whose SHA-1 is `sha1`: the language, then the hash in hex with
 * no leading zero to a byte (as Pagefind writes it), cut to 7 characters or more.
 */
export function isChunkName(name: string, language: string, sha1: Uint8Array) {
	const hash = `${language}_${[...sha1].map((byte) => byte.toString(16)).join('')}`;
	return name.length >= language.length + 8 && hash.startsWith(name);
}

/** A page's postings as the build ships them, and back. */
export const writePostings = (postings: Posting[]) =>
	new Uint8Array(
		writeCbor(postings.map(({ word, variant, locations, metaLocations }) => [word, variant, locations, metaLocations])),
	);

export const readPostings = (bytes: Uint8Array): Posting[] =>
	(readCbor(bytes, { offset: 0 }) as [string, string, number[], number[]][]).map(
		([word, variant, locations, metaLocations]) => ({ word, variant, locations, metaLocations }),
	);
