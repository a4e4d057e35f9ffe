import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { sourceLanguage } from '../languages.ts';
import { addBase } from './base-path.ts';
import { methodSlugOf } from './method-cards.ts';
import { methodEndSections } from '../schemas/method.ts';
import { sectionsOf } from './sidebar-sections.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const base = import.meta.env.BASE_URL;
	// Starlight uses a splash page's hero links as they are written: give them the site's base path, like every
	// other link (src/lib/markdown-base-links.ts does it for the pages' Markdown). They lead elsewhere, so the search
	// leaves them out, which would run their texts together («Start hereAbout this guide»).
	for (const action of route.entry.data.hero?.actions ?? []) {
		action.link = addBase(action.link, base);
		action.attrs = { ...action.attrs, 'data-pagefind-ignore': '' };
	}
	// A splash page (the home pages, 404) has no sidebar, and on a phone the sidebar holds the menu and the
	// language switch: every page gets it, so that a reader who lands on any page can reach them.
	route.hasSidebar = true;
	route.sidebar = sectionsOf(route.sidebar);
	// content/docs/404.md is a draft only to keep it out of Starlight's page route (see the file): it is no draft to
	// a reader, who must not see the notice that says so.
	if (route.entry.id === '404') route.entry.data.draft = false;
	// A method card's last sections are drawn after its Markdown (src/components/MethodCardEnd.astro): its table of
	// contents lists them too.
	if (methodSlugOf(route.id) && route.toc)
		for (const key of methodEndSections)
			route.toc.items.push({
				depth: 2,
				slug: key === 'related' ? 'related-methods' : key,
				text: context.locals.t(`guide.methodSection.${key}`),
				children: [],
			});
	// The service worker starts from the script every page loads (astro.config.mjs), not from an inline script here.
	route.head.push({
		tag: 'link',
		attrs: { rel: 'manifest', href: addBase(`/${route.locale ?? sourceLanguage}/manifest.webmanifest`, base) },
	});
});
