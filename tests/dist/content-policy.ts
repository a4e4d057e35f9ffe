// Each built page's content security policy, read from the page: what it must say, and whether it allows every
// inline script and style the page carries (a browser would block any other, and the page would break silently).
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { builtPages, readBuiltPage, type BuiltSite } from './built-site.ts';

/** A policy as directives, each with its sources: `script-src 'self' 'sha256-…'` → `script-src` → [`'self'`, …]. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		// A directive named twice counts once, as a browser reads it: the first.
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/**
 * What every page's policy must say (issue 21): each directive, and the only sources it may hold. Scripts from the
 * guide's origin or by hash, WebAssembly for Pagefind; images (and `data:` icons), fonts, connections from its own
 * origin; no plugins; `<base>` and forms to itself; style attributes, which Starlight writes.
 */
const required: [directive: string, allowed: RegExp, fix: string][] = [
	['default-src', /^'self'$/, "'self'"],
	['script-src', /^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/, "'self', hashes"],
	['style-src', /^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/, "'self', hashes"],
	// Starlight's style attributes (src/lib/content-security-policy.ts names them): without it, its icons lose their size.
	['style-src-attr', /^'unsafe-inline'$/, "'unsafe-inline'"],
	['img-src', /^('self'|data:)$/, "'self' data:"],
	['font-src', /^'self'$/, "'self'"],
	['connect-src', /^'self'$/, "'self'"],
	['object-src', /^'none'$/, "'none'"],
	['base-uri', /^('self'|'none')$/, "'self'"],
	['form-action', /^('self'|'none')$/, "'self'"],
];

const text = (value: unknown) => (Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '');
const textOf = (node: Element): string =>
	node.children
		.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
		.join('');
const elements = (node: Root | Element, found: Element[] = []): Element[] => {
	for (const child of node.children) {
		if (child.type === 'element') {
			found.push(child);
			// A <template>'s content is not the page's: its scripts run only once a script puts them in.
			if (child.tagName !== 'template') elements(child, found);
		}
	}
	return found;
};

// The types a browser runs as a script; any other (application/json, ld+json…) is data, which a policy leaves alone.
const scriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const runs = (script: Element) => scriptTypes.has(text(script.properties.type).trim().toLowerCase());
const hashes = (body: string) =>
	(['sha256', 'sha384', 'sha512'] as const).map(
		(algorithm) => `'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`,
	);
const isPolicy = (node: Element) =>
	node.tagName === 'meta' && text(node.properties.httpEquiv).toLowerCase() === 'content-security-policy';
// Elements a policy governs as the page loads: a browser applies a <meta> policy only to what comes after it.
const governed = new Set(['script', 'style', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'form']);
const snippet = (body: string) => {
	const line = body.trim().replace(/\s+/g, ' ');
	return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

/** What is wrong with one page's policy, given as its tree: one line each, naming the page and the fix. */
export function pagePolicyProblems(path: string, tree: Root): string[] {
	const problems: string[] = [];
	const all = elements(tree);
	const metas = all.filter(isPolicy);
	if (metas.length !== 1) {
		return [
			`${path}: has ${metas.length ? `${metas.length} content security policies` : 'no content security policy'}: a page gets one <meta http-equiv="content-security-policy">, from security.csp in astro.config.mjs (a page outside Astro's build must write it the same way)`,
		];
	}
	const meta = metas[0]!;
	const early = all.slice(0, all.indexOf(meta)).find((node) => governed.has(node.tagName));
	if (early) {
		problems.push(
			`${path}: a <${early.tagName}> comes before the content security policy, which does not apply to it: the policy must open the <head> (src/integrations/content-security-policy.ts moves it there)`,
		);
	}
	const policy = parsePolicy(text(meta.properties.content));
	for (const [directive, allowed, fix] of required) {
		const sources = policy.get(directive);
		if (!sources) {
			problems.push(
				`${path}: its content security policy has no ${directive}: add "${directive} ${fix}" (src/lib/content-security-policy.ts)`,
			);
			continue;
		}
		const wrong = sources.filter((source) => !allowed.test(source));
		if (wrong.length > 0 || sources.length === 0) {
			problems.push(
				`${path}: its content security policy's ${directive} allows ${wrong.join(' ') || 'nothing'}: it may hold only ${fix} (src/lib/content-security-policy.ts)`,
			);
		}
	}
	// Elements carry their own directives when the policy has them (script-src-elem), else script-src.
	const scriptSources = new Set(policy.get('script-src-elem') ?? policy.get('script-src') ?? []);
	const styleSources = new Set(policy.get('style-src-elem') ?? policy.get('style-src') ?? []);
	const attributeScripts = policy.get('script-src-attr') ?? policy.get('script-src') ?? [];
	for (const node of all) {
		if (node.tagName === 'script' && !('src' in node.properties) && runs(node)) {
			const body = textOf(node);
			if (!hashes(body).some((hash) => scriptSources.has(hash))) {
				problems.push(
					`${path}: an inline <script> ("${snippet(body)}") is not in its content security policy, so a browser will not run it: move it into a component's <script> (Astro hashes those), or add its hash as inlineScriptHashes() in src/lib/content-security-policy.ts does`,
				);
			}
		}
		if (node.tagName === 'style') {
			const body = textOf(node);
			if (!hashes(body).some((hash) => styleSources.has(hash))) {
				problems.push(
					`${path}: a <style> element ("${snippet(body)}") is not in its content security policy, so a browser will not apply it: write it in a component's <style>, which Astro hashes`,
				);
			}
		}
		const handler = Object.keys(node.properties).find((name) => /^on[a-z]/i.test(name));
		if (handler && !attributeScripts.includes("'unsafe-inline'")) {
			problems.push(
				`${path}: <${node.tagName} ${handler.toLowerCase()}="…"> is a script in an attribute, which the content security policy blocks: add the listener from a component's <script>`,
			);
		}
		if (/^\s*javascript:/i.test(text(node.properties.href))) {
			problems.push(
				`${path}: a link to javascript:… runs a script, which the content security policy blocks: use a <button> with a listener from a component's <script>`,
			);
		}
	}
	return problems;
}

/** Every built page's policy problems, one line each. */
export function policyProblems({ dist }: BuiltSite): string[] {
	return builtPages(dist).flatMap((path) => pagePolicyProblems(path, readBuiltPage(dist, path)));
}
