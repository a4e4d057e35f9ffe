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
	/**
	 * A file of a pack also comes alone, in a pack of its own that names (rather than carries) what it shares with
	 * the other files of its pack: an update that misses a few files of a pack fetches these when they weigh less.
	 */
	alone?: { file: string; transfer: number };
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
	/**
	 * What a first save makes the index from, with the pages' own text (src/common/search-recipe.ts), instead of
	 * fetching `pack`, the index's pack, which comes only if the index so made is not Pagefind's.
	 */
	recipe?: {
		file: string;
		transfer: number;
		pack: string;
		/** The script of the language's word rule (src/common/search-words.ts), if it has one: the recipe needs it. */
		rule?: { file: string; transfer: number };
	};
}

/** A set the reader can save: a language's pages, search and styles (`en`), or its workshop PDFs (`en-pdfs`). */
export interface SavedSet {
	language: string;
	files: SavedFile[];
	packs: Record<string, SavedPack>;
	search?: SavedSearch;
}

/** Pieces `first` to `first + count - 1` of another saved file, `sources[source]` of the pack, cut by src/common/pieces.ts. */
export type PiecesOf = [source: number, first: number, count: number];

/**
 * A file in a pack: its address, its content type, and its pieces in order. A number ≥ 0 is that piece of the
 * language's shared pieces (what every page repeats: the head, the sidebar, the footer); a number < 0 is that many
 * bytes of the pack's own, in turn; a triple names pieces of another file the reader has saved.
 */
export interface PackedFile {
	url: string;
	type: string;
	pieces: (number | PiecesOf)[];
	/** The SHA-256 (hex) of the file, when it is put together from other files: a reader checks it. */
	sha256?: string;
}

/** What a pack's bytes begin with, after their 4-byte length. */
interface PackHeader {
	files: PackedFile[];
	/** In the file of shared pieces: each piece's length. */
	pieces?: number[];
	/** The addresses of the files whose pieces its files name. */
	sources?: string[];
}

/** A piece of another file, as the build names it: in `pack`, it becomes a `PiecesOf`. */
export interface PieceOfFile {
	url: string;
	index: number;
}

const readHeader = (bytes: Uint8Array) => {
	const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
	return {
		header: JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as PackHeader,
		offset: 4 + headerLength,
	};
};

/** The files whose pieces a pack's files name: `unpack` needs their pieces. */
export const packSources = (bytes: Uint8Array) => readHeader(bytes).header.sources ?? [];

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
 * own pieces one after another. `shared` are the language's shared pieces, which the files may name; `sourcePieces`
 * the pieces of each file of `packSources`, in its order.
 */
export function unpack(bytes: Uint8Array, shared: Uint8Array[] = [], sourcePieces: Uint8Array[][] = []) {
	const { header, offset: start } = readHeader(bytes);
	let offset = start;
	const own = (length: number) => bytes.subarray(offset, (offset += length));
	const partsOf = (piece: number | PiecesOf): Uint8Array[] => {
		if (typeof piece !== 'number') {
			const [source, first, count] = piece;
			const pieces = sourcePieces[source]?.slice(first, first + count) ?? [];
			if (pieces.length !== count) throw new Error(`${header.sources?.[source]} has no pieces ${first}+${count}`);
			return pieces;
		}
		return [piece < 0 ? own(-piece) : shared[piece]!];
	};
	const files = header.files.map((file) => {
		const parts = file.pieces.flatMap(partsOf);
		const body = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
		parts.reduce((at, part) => (body.set(part, at), at + part.length), 0);
		return { file, body };
	});
	return { files, pieces: (header.pieces ?? []).map(own) };
}

/**
 * The bytes `unpack` reads: each file given as its pieces, a number for a shared piece, bytes for its own, or a piece
 * of another file (pieces of a file that follow each other are named together).
 */
export function pack(
	files: { url: string; type: string; pieces: (number | Uint8Array | PieceOfFile)[]; sha256?: string }[],
	sharedPieces: Uint8Array[] = [],
): Uint8Array {
	const own: Uint8Array[] = [];
	const sources: string[] = [];
	const sourceOf = (url: string) => (sources.includes(url) ? sources : sources.push(url), sources.indexOf(url));
	const named = (pieces: (number | Uint8Array | PieceOfFile)[]) =>
		pieces.reduce<(number | PiecesOf)[]>((out, piece) => {
			if (typeof piece === 'number') out.push(piece);
			else if (piece instanceof Uint8Array) out.push((own.push(piece), -piece.length));
			else {
				const source = sourceOf(piece.url);
				const last = out.at(-1);
				if (Array.isArray(last) && last[0] === source && last[1] + last[2] === piece.index) last[2]++;
				else out.push([source, piece.index, 1]);
			}
			return out;
		}, []);
	const header: PackHeader = {
		files: files.map(({ url, type, pieces, sha256 }) => ({
			url,
			type,
			pieces: named(pieces),
			...(sha256 && { sha256 }),
		})),
		...(sharedPieces.length && { pieces: sharedPieces.map((piece) => piece.length) }),
	};
	if (sources.length) header.sources = sources;
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
/** Where each language's word-rule script puts its rule, by language. */
export const wordRulesGlobal = 'guideWordRules';

/** What a set's packs and the files fetched on their own transfer. */
export const setTransfer = (set: SavedSet) =>
	set.files.reduce((sum, { transfer }) => sum + transfer, 0) +
	Object.entries(set.packs).reduce(
		(sum, [name, { transfer }]) =>
			sum +
			(name === set.search?.recipe?.pack
				? set.search.recipe.transfer + (set.search.recipe.rule?.transfer ?? 0)
				: transfer),
		0,
	);

/** The name of a language's set of PDFs. */
export const pdfSet = (language: string) => `${language}-pdfs`;
