import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prose, sentences, words } from '../../src/lib/prose.ts';

const page = `import Checklist from '~/components/Checklist.astro';

## Why this step matters

A process is only as good as the people in it. If you miss a group now, its voice is missing.
See [the León case](/en/process/) for more.

- **Bold** list item that says something useful here;
- another item.

| Phase | Steps |
| --- | --- |
| Prework | 5 |

<Checklist />
`;

test('prose keeps what readers read and drops code, links, components and marks', () => {
	const blocks = prose(page);
	assert.ok(blocks.includes('Why this step matters'));
	assert.ok(blocks.includes('Bold list item that says something useful here;'));
	assert.ok(blocks.includes('Prework'));
	assert.ok(!blocks.join(' ').includes('Checklist'));
	assert.ok(!blocks.join(' ').includes('/en/process/'));
	assert.ok(!prose(page, { headings: false }).includes('Why this step matters'));
	assert.deepEqual(prose('Run ``npm run check -- `x` prework`` and `prework/x` first.'), ['Run and first.']);
});

test('sentences split at full stops before a capital, and counts words', () => {
	const found = sentences(prose(page, { headings: false }));
	assert.deepEqual(found.slice(0, 2), [
		'A process is only as good as the people in it.',
		'If you miss a group now, its voice is missing.',
	]);
	assert.equal(words('¿Quién representa a las personas afectadas?'), 6);
	assert.deepEqual(sentences(['Primero esto. ¿Y después? ¡Aquello!']), ['Primero esto.', '¿Y después?', '¡Aquello!']);
});
