// Every built page's content security policy: what it says, and that it lets every inline script and style of the
// page run. And the scan can fail: pages planted with each mistake are caught, each by its own line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBuiltHtml, testedSite } from './built-site.ts';
import { pagePolicyProblems, policyProblems } from './content-policy.ts';
import { fromParse5 } from 'hast-util-from-parse5';
import type { Root } from 'hast';
import { parse } from 'parse5';

const treeOf = (html: string) => fromParse5(parse(html)) as Root;

test('every page carries a content security policy that opens its head, allows only what the guide ships, and lets each of its inline scripts and styles run', () => {
	const problems = policyProblems(testedSite);
	if (problems.length > 0)
		throw new Error(`${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
});

const built = readBuiltHtml(testedSite.dist, '/en/');
const policyOf = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)![1]!;
const withPolicy = (html: string, change: (policy: string) => string) =>
	html.replace(policyOf(html), change(policyOf(html)));

const planted: [mistake: string, html: string, expected: RegExp][] = [
	[
		'an inline script the policy does not list',
		built.replace('</body>', "<script>document.title = 'planted';</script></body>"),
		/an inline <script> \("document\.title = 'planted';"\) is not in its content security policy/,
	],
	[
		'a <style> element the policy does not list',
		built.replace('</body>', '<style>main { color: red; }</style></body>'),
		/a <style> element \("main \{ color: red; \}"\) is not in its content security policy/,
	],
	[
		'a policy without object-src',
		withPolicy(built, (policy) => policy.replace("object-src 'none';", '')),
		/its content security policy has no object-src: add "object-src 'none'"/,
	],
	[
		"'unsafe-inline' for scripts",
		withPolicy(built, (policy) => policy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")),
		/its content security policy's script-src allows 'unsafe-inline'/,
	],
	[
		'images from another site',
		withPolicy(built, (policy) => policy.replace("img-src 'self' data:", "img-src 'self' data: https://cdn.example")),
		/its content security policy's img-src allows https:\/\/cdn\.example/,
	],
	[
		'a script before the policy',
		built.replace('<meta charset="utf-8"/>', '<meta charset="utf-8"/><script src="/early.js"></script>'),
		/a <script> comes before the content security policy/,
	],
	[
		'a script in an attribute',
		built.replace('<main', '<main onclick="alert(1)"'),
		/<main onclick="…"> is a script in an attribute/,
	],
	[
		'a page without a policy',
		built.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''),
		/has no content security policy/,
	],
];

for (const [mistake, html, expected] of planted) {
	test(`the policy scan catches ${mistake}, and only that`, () => {
		assert.notEqual(html, built, 'the mistake was not planted: the built page has changed, update this test');
		const problems = pagePolicyProblems('/en/', treeOf(html));
		assert.ok(
			problems.length === 1 && problems[0]!.startsWith('/en/: ') && expected.test(problems[0]!),
			`expected one line matching ${expected}, got:\n${problems.join('\n') || '(nothing)'}`,
		);
	});
}
