/**
 * The guide can be published under a path (`https://org.github.io/participation-guide/`): SITE_URL says where.
 * Pages and components write addresses from the site's root (`/en/about/`); these helpers put the path in front.
 */

/** `/participation-guide` → `/participation-guide/`: a base path always ends with a slash. */
export const withTrailingSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** `https://org.github.io/participation-guide` → `/participation-guide/`; `/` for a site at a domain's root. */
export const basePathOf = (siteUrl: string): string => withTrailingSlash(new URL(siteUrl).pathname);

/** `/en/about/` under the base `/guide/` → `/guide/en/about/`. Other addresses are returned as they are. */
export function addBase(href: string, base: string): string {
	if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
	return base + href.slice(1);
}
