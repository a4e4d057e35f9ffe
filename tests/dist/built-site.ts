// Reads a built site (dist/) as files, and finds what is wrong with every page at once: a static scan that takes
// seconds, where opening each page in a browser took minutes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Element, Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { select } from 'hast-util-select';
import { parse } from 'parse5';
import { completeLanguages, languageCodes, languages, sourceLanguage } from '../../src/languages.ts';

/** A built site: its folder, and the path it is published under (`/`, or `/participation-guide/` for SITE_URL=…/participation-guide/). */
export interface BuiltSite {
	dist: string;
	base: string;
}

/** The site the tests read: dist/, for a domain's root, unless GUIDE_DIST and GUIDE_BASE say otherwise. */
export const testedSite: BuiltSite = { dist: process.env.GUIDE_DIST ?? 'dist', base: process.env.GUIDE_BASE ?? '/' };

export type CheckName = 'requests' | 'mainText' | 'validHtml' | 'translations' | 'links';

const repositoryRoot = join(import.meta.dirname, '..', '..');

/** Every file of the built site, from its top: `en/about/index.html`, `_astro/page.js`. */
const builtFiles = (dist: string) =>
	readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));

const missingDist = (dist: string) => `${dist}/ is missing: run \`npm run build\` first.`;

/** Every page of the built site, as a path such as `/es/about/` (the 404 page as `/404.html`). */
export function builtPages(dist: string): string[] {
	if (!existsSync(dist)) throw new Error(missingDist(dist));
	return builtFiles(dist)
		.filter((file) => file.endsWith('.html') && !file.startsWith('_astro/') && !file.startsWith('pagefind/'))
		.map((file) => `/${file}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

const fileOf = (page: string) => (page.endsWith('/') ? `${page}index.html` : page).slice(1);

export function readBuiltHtml(dist: string, page: string): string {
	const file = join(dist, fileOf(page));
	if (!existsSync(file))
		throw new Error(existsSync(dist) ? `${page} was not built: ${file} is missing.` : missingDist(dist));
	return readFileSync(file, 'utf8');
}
// parse5 straight into hast: twice as fast as hast-util-from-html, which also tracks positions the checks do not use.
const treeOf = (html: string) => fromParse5(parse(html)) as Root;
/** A built page as a tree to query with hast-util-select. */
export const readBuiltPage = (dist: string, page: string): Root => treeOf(readBuiltHtml(dist, page));

/** `/en/about/` under the base `/guide/` → `/guide/en/about/`. */
export const withBase = (base: string, path: string) => base + path.slice(1);

export const languageOf = (page: string) => languageCodes.find((code) => page.startsWith(`/${code}/`));

interface BuiltPage {
	path: string;
	tree: Root;
}

const text = (value: unknown) => (Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '');
/** `a.png 1x, b.png 2x` → `a.png`, `b.png`. hast gives srcset as a list of its comma-separated parts. */
const srcsetUrls = (value: unknown) =>
	(Array.isArray(value) ? value.map(String) : text(value).split(','))
		.map((part) => part.trim().split(/\s+/)[0]!)
		.filter(Boolean);

// A <link> with only these rel values names another document (for search engines, readers, licences): the browser
// does not fetch it. Any other rel (stylesheet, icon, preload, manifest…) is a request.
const namingRels = new Set(['alternate', 'canonical', 'license', 'sitemap', 'author', 'help', 'me', 'next', 'prev']);

/** The addresses an element makes the browser fetch as the page loads. */
function fetchedUrls(node: Element): string[] {
	const { properties } = node;
	const urls = [text(properties.src), text(properties.poster), ...srcsetUrls(properties.srcSet)];
	if (node.tagName === 'object') urls.push(text(properties.data));
	if (node.tagName === 'link' && !(properties.rel ?? []).every((rel) => namingRels.has(rel.toLowerCase()))) {
		urls.push(text(properties.href));
	}
	// SVG's <use> and <image> fetch what they point to.
	if (node.tagName === 'use' || node.tagName === 'image') urls.push(text(properties.href), text(properties.xLinkHref));
	return urls.filter(Boolean);
}

/** Every address an element holds, fetched or followed: the ones that must lead somewhere. */
const allUrls = (node: Element) =>
	[...fetchedUrls(node), text(node.properties.href), text(node.properties.action)].filter(Boolean);

/** The addresses in CSS: `url(…)` and `@import "…"`. */
const cssUrls = (css: string) =>
	[...css.matchAll(/url\(\s*(['"]?)([^'")]+?)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map(
		(match) => match[2] ?? match[4]!,
	);

// A heuristic, not a JavaScript parser: an absolute address written as a literal straight into a call that fetches it
// (fetch, import, importScripts, sendBeacon, new URL/Worker/EventSource/WebSocket/Request/Image) or assigned to
// `.src` / `.href`. An address built at run time from pieces escapes it; the guide's scripts have none.
const fetchInScript =
	/(?:\b(?:fetch|import|importScripts|sendBeacon)|\bnew\s+(?:URL|Worker|SharedWorker|EventSource|WebSocket|Request|Image))\s*\(\s*(['"`])((?:https?:|wss?:)?\/\/[^'"`\s]+)\1|\.(?:src|href)\s*=\s*(['"`])((?:https?:|wss?:)?\/\/[^'"`\s]+)\3/g;
const scriptUrls = (script: string) => [...script.matchAll(fetchInScript)].map((match) => match[2] ?? match[4]!);

const decoded = (text: string) => {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
};
const parseUrl = (url: string, base: string | URL) => {
	try {
		return new URL(url, base);
	} catch {
		return undefined;
	}
};

/** Every element of a tree, in document order (a plain walk: selectAll('*') takes ten times longer). */
const elements = (node: Root | Element, found: Element[] = []): Element[] => {
	for (const child of node.children) {
		if (child.type === 'element') {
			found.push(child);
			elements(child, found);
		}
	}
	return found;
};
const textOf = (node: Nodes): string =>
	node.type === 'text'
		? node.value
		: 'children' in node
			? node.children.map((child) => textOf(child as Nodes)).join('')
			: '';

/** Where the site is served, from a page's canonical address (Starlight writes one when SITE_URL is set). */
function siteOrigin(pages: BuiltPage[]): string {
	for (const { tree } of pages) {
		const canonical = select('link[rel~=canonical]', tree);
		if (canonical) return new URL(text(canonical.properties.href)).origin;
	}
	return 'http://site.invalid';
}

/**
 * Problems found on many pages at once (a broken link in the sidebar is on all of them), one line each:
 * `/en/, /en/about/, /es/ and 40 more pages: links to …`.
 */
class ProblemsByPage {
	#pages = new Map<string, Set<string>>();
	add(page: string, problem: string) {
		this.#pages.set(problem, (this.#pages.get(problem) ?? new Set()).add(page));
	}
	lines() {
		return [...this.#pages].map(([problem, pages]) => {
			const [first, second, third, ...more] = [...pages];
			const named = [first, second, third].filter(Boolean).join(', ');
			return `${more.length ? `${named} and ${more.length} more pages` : named}: ${problem}`;
		});
	}
}

function requestProblems(dist: string, pages: BuiltPage[], origin: string): string[] {
	const problems = new ProblemsByPage();
	const check = (where: string, url: string, what: string) => {
		const target = parseUrl(url, `${origin}/`);
		if (target && /^(https?|wss?):$/.test(target.protocol) && target.origin !== origin) {
			problems.add(
				where,
				`${what} fetches ${url} from another origin: copy the file into public/ (or the guide's sources) and link to it there, so that readers' browsers ask no one else`,
			);
		}
	};
	for (const { path, tree } of pages) {
		for (const node of elements(tree)) {
			for (const url of fetchedUrls(node)) check(path, url, `<${node.tagName}>`);
			for (const url of cssUrls(text(node.properties.style)))
				check(path, url, `a style="" attribute on <${node.tagName}>`);
			if (node.tagName === 'style') for (const url of cssUrls(textOf(node))) check(path, url, 'a <style> element');
			if (node.tagName === 'script' && !node.properties.src)
				for (const url of scriptUrls(textOf(node))) check(path, url, 'an inline <script>');
		}
	}
	for (const file of builtFiles(dist).filter((file) => file.startsWith('_astro/'))) {
		const urls = file.endsWith('.css') ? cssUrls : file.endsWith('.js') ? scriptUrls : undefined;
		for (const url of urls?.(readFileSync(join(dist, file), 'utf8')) ?? []) check(`/${file}`, url, 'this built file');
	}
	return problems.lines();
}

/** An element that no reader sees, with or without JavaScript. */
const isHidden = (node: Element) =>
	Boolean(node.properties.hidden) ||
	/(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(text(node.properties.style)) ||
	(node.tagName === 'dialog' && !node.properties.open);
const notText = new Set(['script', 'style', 'template']);

/** The text a reader without JavaScript sees (a <noscript> is shown to them). */
const visibleText = (node: Nodes): string =>
	node.type === 'text'
		? node.value
		: node.type === 'element' && (notText.has(node.tagName) || isHidden(node))
			? ''
			: 'children' in node
				? node.children.map((child) => visibleText(child as Nodes)).join(' ')
				: '';

/** The elements from the root down to `target`. */
function ancestry(tree: Root, target: Element): Element[] {
	const path: Element[] = [];
	const walk = (node: Root | Element): boolean => {
		if (node === target) return true;
		for (const child of node.children) {
			if (child.type === 'element' && walk(child)) {
				path.unshift(child);
				return true;
			}
		}
		return false;
	};
	walk(tree);
	return path;
}

function mainTextProblems(pages: BuiltPage[]): string[] {
	const problems: string[] = [];
	for (const { path, tree } of pages.filter((page) => page.path !== '/')) {
		const main = select('main', tree);
		if (!main) {
			problems.push(
				`${path}: has no <main>: its text must sit in the page's <main> element (Starlight's page layout gives one)`,
			);
			continue;
		}
		const title = select('h1', main);
		if (!title) problems.push(`${path}: its <main> has no <h1>: give the page a \`title\` in its frontmatter`);
		const hider = ancestry(tree, title ?? main).find(isHidden);
		if (hider) {
			problems.push(
				`${path}: a <${hider.tagName}> with hidden or display:none holds the ${title ? 'title' : 'main text'}: readers without JavaScript never see it; show it in the HTML and hide it only from a script`,
			);
		}
		const words = visibleText(main).replace(/\s+/g, ' ').trim();
		if (words.length < 20) {
			problems.push(
				`${path}: its <main> shows ${words.length ? `only "${words}"` : 'no text'} without JavaScript: write the page's text in its .mdx file, not from a script`,
			);
		}
	}
	return problems;
}

/**
 * html-validate's findings, from worker threads (html-validity.ts): it takes most of the scan's time, so two threads
 * (one for a tiny site) share the pages while this one runs the other checks.
 */
function htmlProblemsBeside(dist: string, pages: string[]): Promise<string[]> {
	const threads = pages.length > 20 ? 2 : 1;
	const shares = Array.from({ length: threads }, (_, thread) => pages.filter((_, index) => index % threads === thread));
	const validate = (share: string[]) =>
		new Promise<string[]>((resolve, reject) => {
			const worker = new Worker(new URL('./html-validity.ts', import.meta.url), {
				workerData: { htmlProblems: { dist, pages: share } },
			});
			worker.once('message', resolve);
			worker.once('error', reject);
			worker.once('exit', (code) =>
				reject(new Error(`html-validate's thread stopped (exit code ${code}) before it reported`)),
			);
		});
	return Promise.all(shares.map(validate)).then((found) => found.flat().sort());
}

/** The source file of a page: `process/` → `process/index.mdx` when that is how the English page is written. */
function contentFile(lang: string, slug: string) {
	const name = slug.replace(/\/$/, '');
	const asFolder = `${name ? `${name}/` : ''}index.mdx`;
	const inFolder = existsSync(join(repositoryRoot, 'content', 'docs', sourceLanguage, asFolder));
	return `content/docs/${lang}/${inFolder || !name ? asFolder : `${name}.mdx`}`;
}

function translationProblems(pages: BuiltPage[]): string[] {
	const problems: string[] = [];
	const built = new Set(pages.map((page) => page.path));
	for (const { path, tree } of pages) {
		const lang = languageOf(path);
		if (!lang) continue;
		const slug = path.slice(lang.length + 2);
		if (lang === sourceLanguage) {
			for (const other of completeLanguages.filter((code) => code !== lang && !built.has(`/${code}/${slug}`))) {
				problems.push(`${path}: has no ${other} counterpart /${other}/${slug}: write ${contentFile(other, slug)}`);
			}
			continue;
		}
		if (!built.has(`/${sourceLanguage}/${slug}`)) {
			problems.push(
				`${path}: has no ${sourceLanguage} page /${sourceLanguage}/${slug}: write ${contentFile(sourceLanguage, slug)}, or move the ${lang} page to the slug of its ${sourceLanguage} page`,
			);
		}
		// Starlight's fallback page: the page is built in the reader's language, but <main lang> keeps the English text's.
		const mainLang = text(select('main', tree)?.properties.lang);
		if (completeLanguages.includes(lang) && mainLang && mainLang !== languages[lang]!.lang) {
			problems.push(
				`${path}: the ${lang} translation is missing (the page shows the ${mainLang} text): write ${contentFile(lang, slug)}`,
			);
		}
	}
	return problems;
}

/** Every id a fragment can point to on a page. */
const anchorsOf = (tree: Root) =>
	new Set(
		elements(tree).flatMap((node) =>
			[text(node.properties.id), node.tagName === 'a' ? text(node.properties.name) : ''].filter(Boolean),
		),
	);

function linkProblems(dist: string, base: string, pages: BuiltPage[], origin: string): string[] {
	const files = new Set(builtFiles(dist));
	const pdfsBuilt = [...files].some((file) => file.endsWith('.pdf'));
	const anchors = new Map<string, Set<string>>();
	const pageFiles = new Map(pages.map((page) => [fileOf(page.path), page]));
	const problems = new ProblemsByPage();
	for (const { path, tree } of pages) {
		const address = new URL(withBase(base, path), origin);
		for (const node of elements(tree)) {
			// Only the site's own addresses: root-relative (/…) or relative, not those with a scheme or a host.
			for (const url of allUrls(node).filter((url) => !/^([a-z][a-z\d+.-]*:|\/\/)/i.test(url))) {
				const target = parseUrl(url, address);
				if (!target) {
					problems.add(path, `links to ${url}, which is not a valid address: fix it`);
					continue;
				}
				if (target.origin !== origin || !/^https?:$/.test(target.protocol)) continue;
				const where = decoded(target.pathname);
				if (!where.startsWith(base)) {
					problems.add(
						path,
						`links to ${url} without the site's base path ${base}: write it as ${withBase(base, where)} (in a component, with siteHref() from src/lib/links.ts)`,
					);
					continue;
				}
				const inSite = where.slice(base.length);
				const file = [inSite, `${inSite}${inSite.endsWith('/') || !inSite ? '' : '/'}index.html`].find((candidate) =>
					files.has(candidate),
				);
				if (file === undefined) {
					problems.add(
						path,
						where.endsWith('.pdf') && !pdfsBuilt
							? `links to ${url}, but this build made no PDFs: the links to PDFs must go with them (src/integrations/print-checklist-pdfs.ts removes them)`
							: `links to ${url}, which is not in the built site (no ${inSite || 'index.html'} in ${dist}/): fix the address, or write the page it points to`,
					);
					continue;
				}
				const fragment = decoded(target.hash.slice(1));
				const page = pageFiles.get(file);
				if (!fragment || fragment.toLowerCase() === 'top' || !page) continue;
				if (!anchors.has(file)) anchors.set(file, anchorsOf(page.tree));
				if (!anchors.get(file)!.has(fragment)) {
					problems.add(
						path,
						`links to ${url}, but ${page.path} has no element with id="${fragment}": point it at one of that page's headings, or fix the heading it names`,
					);
				}
			}
		}
	}
	return problems.lines();
}

/** For each check, what is wrong with the built site: one line per problem, saying the page, what and what to do. */
export async function siteProblems({ dist, base }: BuiltSite): Promise<Record<CheckName, string[]>> {
	const paths = builtPages(dist);
	const validHtml = htmlProblemsBeside(dist, paths);
	const pages = paths.map((path): BuiltPage => ({ path, tree: readBuiltPage(dist, path) }));
	const origin = siteOrigin(pages);
	return {
		requests: requestProblems(dist, pages, origin),
		mainText: mainTextProblems(pages),
		validHtml: await validHtml,
		translations: translationProblems(pages),
		links: linkProblems(dist, base, pages, origin),
	};
}
