import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sectionsOf } from '../../src/lib/sidebar-sections.ts';

interface Link {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge: undefined;
	attrs: object;
}
interface Group {
	type: 'group';
	label: string;
	entries: (Link | Group)[];
	collapsed: boolean;
	badge: undefined;
}

const link = (href: string, isCurrent = false): Link => ({
	type: 'link',
	label: href,
	href,
	isCurrent,
	badge: undefined,
	attrs: {},
});
const group = (label: string, entries: (Link | Group)[]): Group => ({
	type: 'group',
	label,
	entries,
	collapsed: true,
	badge: undefined,
});

test("a page's sidebar opens its own sections and gives every other section as one link to where it starts", () => {
	const sidebar: (Link | Group)[] = [
		link('/en/start-here/'),
		group('Process', [
			link('/en/process/'),
			group('Phase 1', [link('/en/process/prework/'), link('/en/process/prework/set-the-objective/', true)]),
			group('Phase 2', [link('/en/process/execution/'), link('/en/process/execution/build-trust/')]),
		]),
		group('Methods', [link('/en/methods/'), link('/en/methods/say/')]),
	];
	const shaped = sectionsOf(sidebar);
	assert.deepEqual(
		shaped.map((entry) => [entry.type, entry.label]),
		[
			['link', '/en/start-here/'],
			['group', 'Process'],
			['link', 'Methods'],
		],
	);
	assert.equal(shaped[2]?.type === 'link' && shaped[2].href, '/en/methods/');
	const process = shaped[1];
	assert.ok(process?.type === 'group' && !process.collapsed);
	assert.deepEqual(
		process.entries.map((entry) => [entry.type, entry.type === 'link' ? entry.href : entry.label]),
		[
			['link', '/en/process/'],
			['group', 'Phase 1'],
			['link', '/en/process/execution/'],
		],
	);
});

test('a page outside every section (Start here) gets each section as one link, and keeps every top link', () => {
	const sidebar: (Link | Group)[] = [
		link('/en/start-here/', true),
		group('Methods', [link('/en/methods/')]),
		link('/en/plan/'),
	];
	assert.deepEqual(
		sectionsOf(sidebar).map((entry) => [entry.type, entry.type === 'link' && entry.href]),
		[
			['link', '/en/start-here/'],
			['link', '/en/methods/'],
			['link', '/en/plan/'],
		],
	);
});
