// What Pagefind indexes a written word as, by rule: the word without its punctuation, lower-cased and stemmed, with
// its accented form; a word its punctuation joins ("citizen-led", "14:00") also under each part of two letters or
// more. The rule is close to Pagefind's, not the same, so the search recipe (src/common/search-recipe.ts) lists the
// words it gets wrong, and the build checks that the two together make Pagefind's index byte for byte. A language with
// no stemmer in src/common/stemmers/ has no rule, and the recipe lists every word.

/** What a written word is indexed as: the word, its accented form (or ''), and how many parts share its weight. */
export type Entry = [word: string, variant: string, parts: number];
export type WordRule = (token: string) => Entry[];
type Stem = (word: string) => string;

const asciiPunctuation = /[!-/:-@[-`{-~]/g;
const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * The rule of a language, from its stemmer. Pagefind stems a word before it takes the accents off only in a few
 * Spanish endings (-ción); for every other word, stemming the unaccented word gives what Pagefind gives.
 */
export function wordRule(language: string, stem: Stem): WordRule {
	const stemFirst = language === 'es' ? /ci[oó]n(es)?$/ : undefined;
	const entry = (word: string, parts: number): Entry => [
		stemFirst?.test(word) ? unaccented(stem(word)) : stem(unaccented(word)),
		unaccented(word) === word ? '' : word,
		parts,
	];
	return (token) => {
		const lower = token.toLowerCase();
		const whole = lower.replace(/[^\p{L}\p{N}]/gu, '');
		if (!whole) return [];
		const entries = [entry(whole, 1)];
		const written = lower.replace(asciiPunctuation, '');
		if (written !== whole) entries.push(entry(written, 1));
		const parts = lower.split(asciiPunctuation).filter(Boolean);
		const pieces = parts.filter((piece) => piece.length > 1);
		if (parts.length > 1) for (const piece of pieces) entries.push(entry(piece, pieces.length));
		const seen = new Set<string>();
		return entries.filter((one) => !seen.has(one.join('\u0000')) && !!seen.add(one.join('\u0000')));
	};
}
