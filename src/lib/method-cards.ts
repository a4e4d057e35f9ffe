// Which pages are method cards, without Astro: the content checks and the build both read it.

/** Pages in methods/ that are not cards: the index is `methods`, and the levels of say and the printable cards have pages of their own. */
const notCards = new Set(['say', 'print']);

/** `methods/focus-group` (a slug in its language folder) is a card. */
export const isMethodSlug = (slug: string) => /^methods\/[^/]+$/.test(slug) && !notCards.has(slug.slice(8));

export const isMethodCard = (page: { slug: string }) => isMethodSlug(page.slug);

/** `en/methods/focus-group` (a docs entry id) → `focus-group`; undefined for other pages. */
export function methodSlugOf(entryId: string): string | undefined {
	const slug = entryId.split('/').slice(1).join('/');
	return isMethodSlug(slug) ? slug.slice(8) : undefined;
}
