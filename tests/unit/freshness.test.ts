import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isStale } from '../../scripts/lib/freshness.ts';

function tree() {
	const root = mkdtempSync(join(tmpdir(), 'guide-freshness-'));
	mkdirSync(join(root, 'content', 'docs'), { recursive: true });
	writeFileSync(join(root, 'content', 'docs', 'page.mdx'), 'text');
	writeFileSync(join(root, 'built.html'), 'html');
	return root;
}
const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

test('a build older than a source, even one deep in a folder, is stale', () => {
	const root = tree();
	at(join(root, 'built.html'), 1000);
	at(join(root, 'content', 'docs', 'page.mdx'), 2000);
	assert.equal(isStale(join(root, 'built.html'), [join(root, 'content')]), true);
});

test('a build newer than every source is fresh', () => {
	const root = tree();
	at(join(root, 'content', 'docs', 'page.mdx'), 1000);
	at(join(root, 'content', 'docs'), 1000);
	at(join(root, 'content'), 1000);
	at(join(root, 'built.html'), 2000);
	assert.equal(isStale(join(root, 'built.html'), [join(root, 'content'), join(root, 'no-such-file')]), false);
});

test('a missing build is stale', () => {
	const root = tree();
	assert.equal(isStale(join(root, 'missing.html'), [join(root, 'content')]), true);
});
