import { addBase } from './base-path.ts';

/** A page's address on the published site, from its path from the root: `/en/about/` → `/guide/en/about/`. */
export const siteHref = (path: string) => addBase(path, import.meta.env.BASE_URL);

/** The address of a page of the docs collection, from its id: `es/process/prework/x` → `/es/process/prework/x/`. */
export const pageHref = (id: string) => siteHref(`/${id}/`);
