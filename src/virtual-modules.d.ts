// Starlight's virtual module with its Pagefind options (astro.config.mjs `pagefind`), which its search spreads into
// Pagefind's interface; Starlight ships no type for it.
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
