// The content security policy's build-time parts: the hashes of the inline scripts Astro does not hash, and the
// step that completes each built page's policy (first in the head, with every head style's hash).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	completedPolicy,
	inlineScriptHashes,
	inlineScriptsIn,
	sha256,
	starlightInlineScripts,
} from '../../src/lib/content-security-policy.ts';

test("Starlight's inline scripts are read from its components, the theme script among them", () => {
	const scripts = starlightInlineScripts();
	assert.ok(
		scripts.some((script) => script.includes('window.StarlightThemeProvider')),
		`no theme script among Starlight's ${scripts.length} inline scripts: has Starlight moved it? Then read it where it is now`,
	);
});

test('an is:inline script is read exactly as Astro writes it into the page, attributes or not; a bundled one is not', () => {
	const source =
		'<script is:inline aria-hidden="true">\n\ta();\n</script>\n<script>b();</script>\n<script is:inline>c()</script>';
	assert.deepEqual(inlineScriptsIn(source), ['\n\ta();\n', 'c()']);
});

test("the hashes are those of Starlight's inline scripts, each once", () => {
	const hashes = inlineScriptHashes();
	assert.deepEqual(new Set(hashes), new Set(starlightInlineScripts().map(sha256)));
	assert.equal(new Set(hashes).size, hashes.length);
	assert.equal(sha256(''), 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
});

test('a page’s policy keeps the hashes of the scripts and styles it carries, never gains a script, and allows style attributes', () => {
	const [a, b, c] = ['a()', 'b()', 'c()'].map((script) => `'${sha256(script)}'`) as [string, string, string];
	const html = page(
		`<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${a} ${b}; style-src 'self' ${c};">`,
		'<script>a()</script><script>c()</script><script src="/b.js"></script><script type="application/json">{}</script>',
	);
	assert.match(
		completedPolicy(html)!,
		new RegExp(
			`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${a.replace(/[+/]/g, '\\$&')}; style-src 'self'; style-src-attr 'unsafe-inline';"`,
		),
	);
});

const policy = (styles: string) =>
	`<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'${styles}; style-src-attr 'unsafe-inline';">`;
const page = (head: string, body = '') =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"/><title>T</title>${head}</head><body>${body}</body></html>`;

test('a page’s policy moves to the top of its head, and takes the hashes of the head’s styles, not the body’s', () => {
	const hash = `'${sha256('a{}')}'`;
	const html = page(`<style>a{}</style><script>x()</script>${policy('')}`, '<style>b{}</style>');
	assert.equal(
		completedPolicy(html),
		`<!DOCTYPE html><html><head><meta charset="utf-8"/>${policy(` ${hash}`)}<title>T</title><style>a{}</style><script>x()</script></head><body><style>b{}</style></body></html>`,
	);
});

test('a completed policy is left as it is, and a page without one is left alone', () => {
	const hash = `'${sha256('a{}')}'`;
	assert.equal(
		completedPolicy(page(`${policy(` ${hash}`)}<style>a{}</style>`).replace('<title>T</title>', '')),
		undefined,
	);
	assert.equal(completedPolicy(page('<style>a{}</style>')), undefined);
});
