// What the build, the service worker and the "Save for offline use" control tell each other.

/** One file of a set the reader can save, as the service worker precaches it. */
export interface SavedFile {
	url: string;
	/** Changes when the file changes; `null` when the file's name already changes with its content. */
	revision: string | null;
	/** Bytes over the network (compressed, as servers send text). */
	transfer: number;
}

/** A set the reader can save: a language's pages, search and styles (`en`), or its workshop PDFs (`en-pdfs`). */
export interface SavedSet {
	language: string;
	files: SavedFile[];
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
	words: Record<string, NotAvailableWords>;
}

/** What each set costs, written into the pages that offer to save it. */
export interface SetSizes {
	/** Bytes to download. */
	transfer: number;
	/** Bytes of storage once saved. */
	storage: number;
}

export type WorkerMessage =
	| { type: 'guide-offline-progress'; saved: number; total: number; sets: string[] }
	| { type: 'guide-offline-failed'; reason: 'space' | 'network'; sets: string[] }
	| { type: 'guide-offline-state'; version: string; sets: string[] };

/** Each list of a set's files assigns it here: `offline/en.<hash>.js` sets `self.guideSavedSets.en`. */
export const savedSetsGlobal = 'guideSavedSets';

/** The name of a language's set of PDFs. */
export const pdfSet = (language: string) => `${language}-pdfs`;
