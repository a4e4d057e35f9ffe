import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const dist = 'dist';
export const languages = ['en', 'es'] as const;

/** Every page of the built site, as a path such as `/es/about/` (the 404 page as `/404.html`). */
export function builtPages(): string[] {
	if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests.');
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
			} else if (entry.name.endsWith('.html')) {
				const url = `/${relative(dist, path).split(sep).join('/')}`;
				pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
			}
		}
	};
	walk(dist);
	return pages.sort();
}

/** The visible text of a built page's main content, from its HTML. */
export function builtText(page: string): string {
	const file = join(dist, page.endsWith('/') ? `${page}index.html` : page);
	const html = readFileSync(file, 'utf8');
	const main = html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? html;
	return main.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
}

export const pageLanguage = (page: string) => languages.find((lang) => page.startsWith(`/${lang}/`));
