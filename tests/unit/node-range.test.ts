import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('`npm ci` on a Node the guide does not support stops with the guide’s own words on which Node to install', () => {
	// A copy of the guide's install set-up (package.json's preinstall, .npmrc, the check) with no dependencies, whose
	// engines this Node cannot meet: what a contributor with an old Node meets, without a download.
	const dir = mkdtempSync(join(tmpdir(), 'guide-old-node-'));
	try {
		const guide = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; scripts: Record<string, string> };
		const manifest = {
			name: guide.name,
			version: '0.0.0',
			private: true,
			engines: { node: '>=99.0.0' },
			scripts: { preinstall: guide.scripts.preinstall },
		};
		writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
		writeFileSync(
			join(dir, 'package-lock.json'),
			JSON.stringify({
				name: guide.name,
				version: '0.0.0',
				lockfileVersion: 3,
				requires: true,
				packages: { '': manifest },
			}),
		);
		cpSync('.npmrc', join(dir, '.npmrc'));
		cpSync('scripts/check-node.mjs', join(dir, 'scripts/check-node.mjs'));
		cpSync('scripts/lib/node-range.mjs', join(dir, 'scripts/lib/node-range.mjs'));
		const npm = process.env.npm_execpath;
		const result = npm?.endsWith('.js')
			? spawnSync(process.execPath, [npm, 'ci', '--offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' })
			: spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
		const output = `${result.stdout}\n${result.stderr}`;
		assert.notEqual(result.status, 0, output);
		assert.match(output, /The Participation Guide needs Node\.js 99\.0 or newer; this is Node \d+/);
		assert.match(output, /Install Node 99 LTS from https:\/\/nodejs\.org\//);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
