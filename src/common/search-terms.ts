// How the search reads what a reader types, per language, before Pagefind looks it up (Pagefind's `processTerm`,
// wired in src/components/starlight/Search.astro). Pure: the page's script and the unit tests read it.
//
// Pagefind stems each word of the pages when it builds the index, and each word of a search, then finds the words
// that begin with the search's stem. Its Spanish stemmer takes «talleres» to «taller» but «taller» to «tall»: a
// search for the plural then misses every page that has only the singular. A word cut back to what its singular and
// plural share is a beginning of both, so the search finds both.

/** A language's rule: the whole search in, the search to look up out. */
type TermRule = (term: string) => string;

/** Letters before a plural «-es» whose singular is the word without it (taller, mujer, lugar, actor, ciudad,
 * reunión, ley, país) or ends in «e» (detalle, padre, red): either way the word less «-es» begins both. Not «c»:
 * «veces» is the plural of «vez», which does not begin with «vec». */
const spanishPluralEs = /^(\p{L}{2,}[rlndjys])es$/iu;

/** Each Spanish word in its plural «-es» cut back to what it shares with its singular; other words unchanged. */
export function spanishSingular(term: string): string {
	return term.replace(/\p{L}+/gu, (word) => word.replace(spanishPluralEs, '$1'));
}

/** Arabic letters that an Arabic keyboard types for Urdu ones, and what Urdu writes (the guide's pages use these). */
const urduLetters: Record<string, string> = {
	'\u0643': '\u06A9', // ك Arabic kaf → ک keheh
	'\u064A': '\u06CC', // ي Arabic yeh → ی Farsi yeh
	'\u0649': '\u06CC', // ى alef maksura → ی Farsi yeh
	'\u0647': '\u06C1', // ه Arabic heh → ہ heh goal
};

/** The Urdu the pages are written in, from what an Arabic keyboard types: its letters, and its digits (٠–٩,
 * U+0660–0669) as Urdu's (۰–۹, U+06F0–06F9). */
export function urduKeyboard(term: string): string {
	return term.replace(/[\u0643\u064A\u0649\u0647\u0660-\u0669]/gu, (char) => {
		const code = char.codePointAt(0)!;
		return code >= 0x0660 && code <= 0x0669 ? String.fromCodePoint(code - 0x0660 + 0x06f0) : urduLetters[char]!;
	});
}

/** Each language's rules, applied in order; a language without any searches what was typed. English has none: its
 * stemmer already takes a plural and its singular to the same stem. */
export const searchTermRules: Readonly<Record<string, readonly TermRule[]>> = {
	es: [spanishSingular],
	ur: [urduKeyboard],
};

/** What Pagefind looks up when a reader types `term` on a page in `language` (a BCP 47 tag, such as the page's
 * `lang`: `es`, `es-MX`). */
export function normaliseSearchTerm(term: string, language: string): string {
	const rules = searchTermRules[language.toLowerCase().split('-')[0] ?? ''] ?? [];
	return rules.reduce((text, rule) => rule(text), term);
}
