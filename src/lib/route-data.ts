import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { addBase } from './base-path.ts';

// Starlight uses a splash page's hero links as they are written: give them the site's base path, like every
// other link (src/lib/rehype-base-links.ts does it for the pages' Markdown).
export const onRequest = defineRouteMiddleware((context) => {
	const hero = context.locals.starlightRoute.entry.data.hero;
	for (const action of hero?.actions ?? []) action.link = addBase(action.link, import.meta.env.BASE_URL);
});
