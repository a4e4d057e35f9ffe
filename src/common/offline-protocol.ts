// What the build, the service worker and the "Save for offline use" control tell each other.

/** One file of a set the reader can save, as the service worker precaches it. */
export interface SavedFile {
	url: string;
	/** Changes when the file changes; `null` when the file's name already changes with its content. */
	revision: string | null;
	/** The pack that brings it (a key of `SavedSet.packs`); a file of no pack is fetched on its own. */
	pack?: string;
	/** Bytes over the network when fetched on its own (compressed, as servers send text); 0 in a pack. */
	transfer: number;
}

/**
 * Many files in one download, compressed together (zstd): the service worker unpacks a pack into its cache as the
 * very files the server sends (Pagefind's gzipped files as their content, which Pagefind reads as well).
 */
export interface SavedPack {
	/** Its address, named by its content: `/offline/en-guide.<hash>.zst`. */
	file: string;
	/** Bytes over the network: the file as it is (servers send it as it is). */
	transfer: number;
	/** The address of the pieces its files share with other packs of the language, a file of the set. */
	pieces?: string;
}

/**
 * What a saved copy needs to rebuild its search index after an update from the pages that changed alone
 * (src/common/pagefind-index.ts); a set has none when the build could not rebuild Pagefind's index itself.
 */
export interface SavedSearch {
	/** Pagefind's name for the language, which starts its files' names: `en`, `es`. */
	language: string;
	/** The address of the language's metadata, which names its pages and its index's chunks. */
	meta: string;
	/** The address of each page's postings, by the page's fragment hash. */
	postings: Record<string, string>;
}

/** A set the reader can save: a language's pages, search and styles (`en`), or its workshop PDFs (`en-pdfs`). */
export interface SavedSet {
	language: string;
	files: SavedFile[];
	packs: Record<string, SavedPack>;
	search?: SavedSearch;
}

/**
 * A file in a pack: its address, its content type, and its pieces in order. A number ≥ 0 is that piece of the
 * language's shared pieces (what every page repeats: the head, the sidebar, the footer); a number < 0 is that many
 * bytes of the pack's own, in turn.
 */
export interface PackedFile {
	url: string;
	type: string;
	pieces: number[];
}

/** What a pack's bytes begin with, after their 4-byte length. */
interface PackHeader {
	files: PackedFile[];
	/** In the file of shared pieces: each piece's length. */
	pieces?: number[];
}

/** The words of the page a reader gets for a page that is not available offline. */
export interface NotAvailableWords {
	lang: string;
	dir: 'ltr' | 'rtl';
	label: string;
	title: string;
	text: string;
	saved: string;
	opened: string;
	retry: string;
	save: string;
}

/** What the service worker knows of the build it belongs to. */
export interface WorkerBuild {
	base: string;
	/** The guide's version date, YYYY-MM-DD. */
	version: string;
	sourceLanguage: string;
	/** The sets that can be saved, by name, each with the file that lists it (`en` → `offline/en.<hash>.js`). */
	sets: Record<string, string>;
	/** The zstd decoder, loaded only by a worker that has something to save. */
	decoder: string;
	words: Record<string, NotAvailableWords>;
}

/** What each set costs, in `offline/sizes.json`, which the "Save for offline use" control reads. */
export interface SetSizes {
	/** Bytes to download: the packs, the files fetched on their own, the list and the decoder. */
	transfer: number;
	/** Bytes of storage once saved. */
	storage: number;
}

/** The address of the sizes, under the site's base path. */
export const sizesFile = 'offline/sizes.json';

/**
 * A pack's bytes before compression: a 4-byte length (little-endian), the JSON header, then the bytes of the pack's
 * own pieces one after another. `shared` are the language's shared pieces, which the files may name.
 */
export function unpack(bytes: Uint8Array, shared: Uint8Array[] = []) {
	const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
	const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as PackHeader;
	let offset = 4 + headerLength;
	const own = (length: number) => bytes.subarray(offset, (offset += length));
	const files = header.files.map((file) => {
		const parts = file.pieces.map((piece) => (piece < 0 ? own(-piece) : shared[piece]!));
		const body = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
		parts.reduce((at, part) => (body.set(part, at), at + part.length), 0);
		return { file, body };
	});
	return { files, pieces: (header.pieces ?? []).map(own) };
}

/** The bytes `unpack` reads: each file given as its pieces, a number for a shared piece, bytes for its own. */
export function pack(
	files: { url: string; type: string; pieces: (number | Uint8Array)[] }[],
	sharedPieces: Uint8Array[] = [],
): Uint8Array {
	const own: Uint8Array[] = [];
	const header: PackHeader = {
		files: files.map(({ url, type, pieces }) => ({
			url,
			type,
			pieces: pieces.map((piece) => (typeof piece === 'number' ? piece : (own.push(piece), -piece.length))),
		})),
		...(sharedPieces.length && { pieces: sharedPieces.map((piece) => piece.length) }),
	};
	own.push(...sharedPieces);
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	const out = new Uint8Array(4 + headerBytes.length + own.reduce((sum, piece) => sum + piece.length, 0));
	new DataView(out.buffer).setUint32(0, headerBytes.length, true);
	out.set(headerBytes, 4);
	own.reduce((at, piece) => (out.set(piece, at), at + piece.length), 4 + headerBytes.length);
	return out;
}

export type WorkerMessage =
	| { type: 'guide-offline-progress'; saved: number; total: number; sets: string[] }
	| { type: 'guide-offline-failed'; reason: 'space' | 'network'; sets: string[] }
	| { type: 'guide-offline-state'; version: string; sets: string[] };

/** Each list of a set's files assigns it here: `offline/en.<hash>.js` sets `self.guideSavedSets.en`. */
export const savedSetsGlobal = 'guideSavedSets';

/** The decoder's script assigns its `decompress` here. */
export const zstdGlobal = 'guideZstd';

/** What a set's packs and the files fetched on their own transfer. */
export const setTransfer = (set: SavedSet) =>
	set.files.reduce((sum, { transfer }) => sum + transfer, 0) +
	Object.values(set.packs).reduce((sum, { transfer }) => sum + transfer, 0);

/** The name of a language's set of PDFs. */
export const pdfSet = (language: string) => `${language}-pdfs`;
