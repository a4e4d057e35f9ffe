import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { describeRanges, parseNodeRanges, satisfies } from '../../scripts/lib/node-range.mjs';

const ranges = parseNodeRanges('^22.22.0 || >=24.8.0');

test('engines.node is read as its ranges', () => {
	assert.deepEqual(ranges, [
		{ kind: '^', version: [22, 22, 0] },
		{ kind: '>=', version: [24, 8, 0] },
	]);
});

test('a Node in a range passes, and one between or below the ranges does not', () => {
	for (const version of ['22.22.0', '22.23.1', '24.8.0', '24.21.0', '25.0.0', '26.1.0'])
		assert.ok(satisfies(version, ranges), `${version} should pass`);
	for (const version of ['18.20.4', '20.19.0', '22.21.9', '23.11.0', '24.7.9'])
		assert.ok(!satisfies(version, ranges), `${version} should not pass`);
});

test('the ranges are said in words, newest first', () => {
	assert.equal(describeRanges(ranges), '24.8 or newer, or 22.22 or a newer 22');
});

test('a form it cannot read is named, instead of being taken for any Node', () => {
	assert.throws(() => parseNodeRanges('>=22 <23'), /engines\.node has ">=22 <23"/);
});

test("the guide's own package.json is in the form it reads, and this Node passes it", () => {
	const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
	assert.ok(satisfies(process.versions.node, parseNodeRanges(engines.node)));
	const quiet = spawnSync(process.execPath, ['scripts/check-node.mjs', '--quiet'], { encoding: 'utf8' });
	assert.equal(quiet.status, 0);
	assert.equal(quiet.stdout + quiet.stderr, '');
});
