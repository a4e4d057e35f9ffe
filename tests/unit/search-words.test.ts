// The word rule of each language the guide stems: what Pagefind 1.6 indexed these words of the built guide as.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordRuleOf } from '../../src/lib/word-rules.ts';

const sorted = (entries: unknown[]) => entries.map((entry) => JSON.stringify(entry)).sort();

test('English words: stemmed by Porter2, a joined word also under each of its parts', () => {
	const rule = wordRuleOf('en')!;
	assert.deepEqual(rule('communities,'), [['communiti', '', 1]]);
	assert.deepEqual(
		sorted(rule('Survey-based')),
		sorted([
			['surveybas', '', 1],
			['survey', '', 2],
			['base', '', 2],
		]),
	);
	assert.deepEqual(rule('—'), [], 'a dash is no word');
});

test('Spanish words: stemmed without their accents, but for -ción, and kept with them as the variant', () => {
	const rule = wordRuleOf('es')!;
	assert.deepEqual(rule('participación.'), [['particip', 'participación', 1]]);
	assert.deepEqual(rule('compartió'), [['comparti', 'compartió', 1]]);
	assert.deepEqual(
		sorted(rule('¿Quién')),
		sorted([
			['qui', 'quién', 1],
			['¿qui', '¿quién', 1],
		]),
	);
});

test('a language with no stemmer here has no rule: its recipe lists every word', () => {
	assert.equal(wordRuleOf('ur'), undefined);
});
