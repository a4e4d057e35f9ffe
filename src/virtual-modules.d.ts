// Starlight's virtual module with its Pagefind options (astro.config.mjs `pagefind`), which its search spreads into
// Pagefind's interface; Starlight ships no type for it.
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
// The Porter2 (Snowball English) stemmer that the search recipe's rule uses (src/common/search-words.ts); it ships no types.
declare module 'wink-porter2-stemmer' {
	const stem: (word: string) => string;
	export default stem;
}
