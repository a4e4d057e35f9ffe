// A language's search index, made on the reader's device from the pages' own text, so that saving a language does
// not download the index as well (about 2 KB a page). Pagefind numbers a page's words as its fragment's text split at
// spaces, and indexes each such word under the same words wherever it stands: the recipe holds, once for the
// language, what each written word the language's rule gets wrong is indexed as (src/common/search-words.ts); for
// each page, the weight of each position (headings weigh more) in runs; and, given whole, the few postings the rule does not give (the words of a page's title, mostly). The build
// checks that the recipe makes Pagefind's index byte for byte, and the reader's device checks each chunk's SHA-1.
import type { Posting } from './pagefind-index.ts';
import type { Entry, WordRule } from './search-words.ts';

export interface SearchRecipe {
	/** Each written word the language's rule gets wrong (every word, if it has none), and what it is indexed as. */
	words: [string, Entry[]][];
	/**
	 * The accented forms of a word that has several, in the index's order: among forms that first appear on the same
	 * page, Pagefind keeps the order in which it met them, which the text alone does not give.
	 */
	forms: Record<string, string[]>;
	/**
	 * By page, in the order of the index's pages: each position's weight in runs [weight, count, …]; the postings given
	 * whole; and the title's places of words the rule gives rightly otherwise (Pagefind's "meta" locations).
	 */
	pages: { weights: number[]; postings: Posting[]; titles?: [word: string, variant: string, locations: number[]][] }[];
}

/** Pagefind's locations (a weight marker, −weight − 1, then positions as steps) as [position, weight] pairs. */
function decodeLocations(locations: number[]): [number, number][] {
	const pairs: [number, number][] = [];
	let weight = 0;
	let position = 0;
	let first = true;
	for (const location of locations) {
		if (location < 0) {
			weight = -location - 1;
			first = true;
			continue;
		}
		position = first ? location : position + location;
		first = false;
		pairs.push([position, weight]);
	}
	return pairs;
}

/** [position, weight] pairs as Pagefind writes them: by weight, lightest first, each weight's positions in steps. */
function encodeLocations(pairs: [number, number][]): number[] {
	const locations: number[] = [];
	let weight = -1;
	let position = 0;
	for (const [at, atWeight] of [...pairs].sort((a, b) => a[1] - b[1] || a[0] - b[0])) {
		if (atWeight !== weight) locations.push(-atWeight - 1, at);
		else locations.push(at - position);
		weight = atWeight;
		position = at;
	}
	return locations;
}

const keyOf = (word: string, variant: string) => `${word}\u0000${variant}`;
const sameLocations = (a: number[], b: number[]) =>
	a.length === b.length && a.every((value, index) => value === b[index]);

function runs(values: number[]) {
	const out: number[] = [];
	for (const value of values) {
		if (out.length && out[out.length - 2] === value) out[out.length - 1]!++;
		else out.push(value, 1);
	}
	return out;
}

const expand = (weights: number[]) =>
	weights.flatMap((value, index) => (index % 2 ? [] : Array<number>(weights[index + 1]!).fill(value)));

/** The postings the rule gives a page, from its text, its weights and the language's words. */
function derivedPostings(text: string, weights: number[], indexedAs: (token: string) => Entry[]): Map<string, Posting> {
	const tokens = text.split(' ');
	const base = expand(weights);
	const pairs = new Map<string, { word: string; variant: string; pairs: [number, number][] }>();
	tokens.forEach((token, position) => {
		const weight = base[position] ?? 0;
		if (!weight) return;
		for (const [word, variant, parts] of indexedAs(token)) {
			const key = keyOf(word, variant);
			const entry = pairs.get(key) ?? { word, variant, pairs: [] };
			entry.pairs.push([position, parts === 1 ? weight : Math.max(1, Math.floor(weight / parts))]);
			pairs.set(key, entry);
		}
	});
	return new Map(
		[...pairs].map(([key, { word, variant, pairs: at }]) => [
			key,
			{ word, variant, locations: encodeLocations(at), metaLocations: [] },
		]),
	);
}

const sameEntries = (a: Entry[], b: Entry[]) => {
	const keys = (entries: Entry[]) =>
		entries
			.map((entry) => entry.join('\u0000'))
			.sort()
			.join('\u0001');
	return keys(a) === keys(b);
};

/** What a written word is indexed as: as the recipe lists it, else by the rule. */
const lookUp = (words: Map<string, Entry[]>, rule: WordRule | undefined) => (token: string) =>
	words.get(token) ?? rule?.(token) ?? [];

/** The recipe of an index, from each page's fragment text and its postings (src/common/pagefind-index.ts). */
export function writeSearchRecipe(texts: string[], pages: Posting[][], rule?: WordRule): SearchRecipe {
	const words = new Map<string, Map<string, Entry>>();
	const weightsOf = pages.map((postings, page) => {
		const tokens = texts[page]!.split(' ');
		const base = Array<number>(tokens.length).fill(0);
		const decoded = postings.map((posting) => ({ posting, pairs: decodeLocations(posting.locations) }));
		for (const { pairs } of decoded)
			for (const [position, weight] of pairs) base[position] = Math.max(base[position] ?? 0, weight);
		for (const { posting, pairs } of decoded)
			for (const [position, weight] of pairs) {
				const token = tokens[position];
				if (token === undefined) continue; // a position past the text: the posting is given whole below
				const parts = weight === base[position] ? 1 : Math.round(base[position]! / weight);
				const entries = words.get(token) ?? new Map<string, Entry>();
				entries.set(`${keyOf(posting.word, posting.variant)}\u0000${parts}`, [posting.word, posting.variant, parts]);
				words.set(token, entries);
			}
		return runs(base);
	});
	const table = new Map([...words].map(([token, entries]) => [token, [...entries.values()]]));
	// The rule's mistakes: a word it indexes otherwise, or a weighed word it indexes that Pagefind does not.
	const wrong = new Map([...table].filter(([token, entries]) => !sameEntries(entries, rule?.(token) ?? [])));
	texts.forEach((text, page) => {
		const weights = expand(weightsOf[page]!);
		text.split(' ').forEach((token, position) => {
			if (weights[position] && !table.has(token) && rule?.(token).length) wrong.set(token, []);
		});
	});
	const forms: Record<string, string[]> = {};
	for (const { word, variant } of pages.flat())
		if (variant && !forms[word]?.includes(variant)) (forms[word] ??= []).push(variant);
	return {
		words: [...wrong],
		forms: Object.fromEntries(Object.entries(forms).filter(([, variants]) => variants.length > 1)),
		pages: pages.map((postings, page) => {
			const derived = derivedPostings(texts[page]!, weightsOf[page]!, (token) => table.get(token) ?? []);
			const given: Posting[] = [];
			const titles: [string, string, number[]][] = [];
			for (const posting of postings) {
				const key = keyOf(posting.word, posting.variant);
				const byRule = derived.get(key);
				derived.delete(key);
				if (byRule && sameLocations(byRule.locations, posting.locations)) {
					if (posting.metaLocations.length) titles.push([posting.word, posting.variant, posting.metaLocations]);
					continue;
				}
				given.push(posting);
			}
			// What the rule gives but the page does not have: given with no locations, which removes it.
			for (const { word, variant } of derived.values()) given.push({ word, variant, locations: [], metaLocations: [] });
			return { weights: weightsOf[page]!, postings: given, ...(titles.length ? { titles } : {}) };
		}),
	};
}

/**
 * Each page's postings, from the recipe, each page's fragment text (in the order of the index's pages) and the rule
 * the recipe was written with.
 */
export function postingsFromRecipe(recipe: SearchRecipe, texts: string[], rule?: WordRule): Posting[][] {
	const indexedAs = lookUp(new Map(recipe.words), rule);
	return recipe.pages.map(({ weights, postings, titles = [] }, page) => {
		const derived = derivedPostings(texts[page] ?? '', weights, indexedAs);
		for (const [word, variant, metaLocations] of titles) {
			const posting = derived.get(keyOf(word, variant));
			if (posting) posting.metaLocations = metaLocations;
		}
		for (const posting of postings) {
			const key = keyOf(posting.word, posting.variant);
			if (posting.locations.length || posting.metaLocations.length) derived.set(key, posting);
			else derived.delete(key);
		}
		const rank = ({ word, variant }: Posting) => recipe.forms[word]?.indexOf(variant) ?? 0;
		return [...derived.values()].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : rank(a) - rank(b)));
	});
}
