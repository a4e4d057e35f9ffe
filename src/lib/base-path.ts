/**
 * The guide can be published under a path (`https://org.github.io/participation-guide/`): SITE_URL says where.
 * Pages and components write addresses from the site's root (`/en/about/`); these helpers put the path in front.
 */

/** `https://org.github.io/participation-guide` → `/participation-guide/`; `/` for a site at a domain's root. */
export function basePathOf(siteUrl: string): string {
	const path = new URL(siteUrl).pathname;
	return path.endsWith('/') ? path : `${path}/`;
}

/** `/en/about/` under the base `/guide/` → `/guide/en/about/`. Other addresses are returned as they are. */
export function addBase(href: string, base: string): string {
	if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
	return base + href.slice(1);
}
