/**
 * The content security policy every page carries, in a `<meta http-equiv="content-security-policy">` that Astro's
 * `security.csp` writes (astro.config.mjs): a page runs only the scripts the guide ships, and asks nothing of another
 * site. It is in the page, not in a server's headers, so that it is the same wherever the page comes from: a static
 * host that sets no headers (GitHub Pages), `npm start`, or the service worker's offline copy, which is the built
 * file byte for byte.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroUserConfig, CspHash, CspResourceEntry } from 'astro';

type PolicyConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean | undefined>;

/**
 * The directives Astro does not write itself (it writes script-src and style-src). `'self'` alone everywhere: the
 * guide's own files. `data:` images are the icons Starlight's CSS draws from `data:` URLs (a mask-image counts as an
 * image), which fetch nothing.
 */
export const policyDirectives: NonNullable<PolicyConfig['directives']> = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/**
 * What script-src allows besides the hashes: the guide's own files, and compiling WebAssembly, which Pagefind's
 * search needs (`'wasm-unsafe-eval'` lets a page compile WebAssembly it fetched; it allows no JavaScript `eval`).
 */
export const scriptSources: CspResourceEntry[] = ["'self'", "'wasm-unsafe-eval'"];

/** What style-src allows: the guide's own style sheets, and `<style>` elements by the hashes Astro computes. */
export const styleSources: CspResourceEntry[] = ["'self'"];

/**
 * Style attributes stay allowed, and only they (`style-src-attr`): Starlight writes them on its icons
 * (`--sl-icon-size`), the sidebar's levels (`--depth`), its selects (`--sl-select-width`) and its code blocks
 * (`--ecMaxLine`), and a style attribute runs no code. Written by completedPolicy, not by Astro's `styleDirective`:
 * Astro warns on every build when that holds both `style-src` and `style-src-attr` sources, although a policy that
 * wants each for its own scope, as this one, is what the two directives are for.
 */
export const attributeStyles = "style-src-attr 'unsafe-inline'";

export const sha256 = (text: string): CspHash => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** `<script is:inline>` bodies in an Astro component's source, as Astro writes them into the page. */
export const inlineScriptsIn = (source: string) =>
	[...source.matchAll(/<script\s+is:inline(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);

/** Every `.astro` file under a folder. */
const astroFiles = (folder: string) =>
	readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => join(entry.parentPath, entry.name));

/**
 * The inline scripts Starlight writes into pages (the theme before the page paints, the search shortcut, the
 * sidebar's state), which Astro's `security.csp` does not hash: read from Starlight's own components, so that an
 * update of Starlight brings its scripts' hashes with it.
 */
export function starlightInlineScripts(): string[] {
	// A file Starlight exports for every condition (its main module has only `import`), and its folder's parent.
	const footer = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Footer.astro');
	const starlight = dirname(dirname(footer));
	return astroFiles(starlight).flatMap((file) => inlineScriptsIn(readFileSync(file, 'utf8')));
}

/**
 * The hashes of every inline script the guide's pages carry that Astro does not hash: Starlight's. The guide's own
 * scripts are components' `<script>`s, which Astro bundles or hashes, and the service worker's start, which goes into
 * the script every page loads (astro.config.mjs).
 */
export function inlineScriptHashes(): CspHash[] {
	return [...new Set(starlightInlineScripts().map(sha256))];
}

const policyMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"\/?>/;
const headStart = /<head>(\s*<meta charset="[^"]*"\/?>)?/;

/** A policy as its directives in order, each with its sources: `script-src 'self' 'sha256-…'` → [`script-src`, […]]. */
export const directivesOf = (policy: string): [string, string[]][] =>
	policy
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.filter(([name]) => name)
		.map(([name, ...sources]) => [name!, sources]);

const policyText = (directives: [string, string[]][]) =>
	directives.map(([name, sources]) => `${[name, ...sources].join(' ')};`).join(' ');

const hashOf = (source: string) => /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/.exec(source)?.[1];
const digest = (algorithm: string, text: string) =>
	`'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;

/** The bodies of a page's inline elements of one tag (`script`: those without `src`), in its head or anywhere. */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
	return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))]
		.filter(([, attributes = '']) => !/\ssrc=/.test(attributes))
		.map((match) => match[2]!);
}

/**
 * A built page with its policy completed: Astro writes it with the styles and scripts it bundles, at the head's end,
 * with the hashes of every script and style of the whole site, and misses some of the styles.
 * - It moves to the top of the `<head>`, right after `<meta charset>`: a browser applies a policy only to what comes
 *   after it, so that Starlight's theme script and the links before it would escape it.
 * - It keeps only the hashes of the inline scripts and styles this page carries (Astro lists the whole site's, and
 *   the files its pages load, which `'self'` allows already): about 1 KB less on every page, read on slow lines and
 *   saved offline, and a tighter policy. A script is never added: one the configuration did not allow stays out.
 * - The `<style>` elements of the components that pages' Markdown uses (a checklist, a kit sheet) are inlined into
 *   the head like the others, but Astro 7.3 hashes only the styles of the components its routes import: their hashes
 *   are added. Only the head's: Astro puts every component's style there, and a `<style>` written in a page's text
 *   lands in its body, where it stays unhashed (and the static scan says so).
 * - It allows style attributes (attributeStyles).
 * `undefined` for a page without a policy, or with nothing to do.
 */
export function completedPolicy(html: string): string | undefined {
	const meta = policyMeta.exec(html);
	const head = headStart.exec(html);
	const headEnd = html.indexOf('</head>');
	if (!meta || !head || headEnd === -1) return undefined;
	const scripts = inlineBodies(html, 'script');
	const styles = inlineBodies(html, 'style');
	const headStyles = inlineBodies(html.slice(0, headEnd), 'style').map((style) => digest('sha256', style));
	// A listed hash stays when one of the page's elements has it.
	const used = (bodies: string[]) => (source: string) => {
		const algorithm = hashOf(source);
		return !algorithm || bodies.some((body) => digest(algorithm, body) === source);
	};
	const directives = directivesOf(meta[1]!).map(([name, sources]): [string, string[]] => {
		if (name === 'script-src' || name === 'script-src-elem') return [name, sources.filter(used(scripts))];
		if (name === 'style-src' || name === 'style-src-elem')
			return [name, [...new Set([...sources.filter(used(styles)), ...headStyles])]];
		return [name, sources];
	});
	const [attributeDirective, ...attributeSources] = attributeStyles.split(' ');
	if (!directives.some(([name]) => name === attributeDirective))
		directives.push([attributeDirective!, attributeSources]);
	const completed = meta[0].replace(meta[1]!, policyText(directives));
	const top = head.index + head[0].length;
	if (meta.index === top && completed === meta[0]) return undefined;
	const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
	return without.slice(0, top) + completed + without.slice(top);
}
