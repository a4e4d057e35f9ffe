// The recipe of a search index: the postings it gives back are the page's own, byte for byte in the index they make,
// including what the rule alone gets wrong (a title's words, a word indexed in one place and not another).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexChunks, type Posting } from '../../src/common/pagefind-index.ts';
import { postingsFromRecipe, writeSearchRecipe } from '../../src/common/search-recipe.ts';
import { wordRuleOf } from '../../src/lib/word-rules.ts';

const texts = ['Plan the workshop. Plan a good-quality workshop', 'Workshop plans and more'];
// Weight 24 is a word of the text, 12 a part of a joined word, 144 a heading's word (Pagefind's markers: −weight − 1).
const pages: Posting[][] = [
	[
		{ word: 'plan', variant: '', locations: [-25, 3, -145, 0], metaLocations: [] },
		{ word: 'workshop', variant: '', locations: [-25, 6, -145, 2], metaLocations: [] },
		{ word: 'goodqual', variant: '', locations: [-25, 5], metaLocations: [] },
		{ word: 'good', variant: '', locations: [-13, 5], metaLocations: [] },
		{ word: 'qualiti', variant: '', locations: [-13, 5], metaLocations: [] },
		{ word: 'the', variant: '', locations: [-145, 1], metaLocations: [] },
		{ word: 'a', variant: '', locations: [-25, 4], metaLocations: [] },
	],
	[
		// "Workshop" is in the page’s title; "more" is not indexed.
		{ word: 'workshop', variant: '', locations: [-25, 0], metaLocations: [-1, 0] },
		{ word: 'plan', variant: '', locations: [-25, 1], metaLocations: [] },
		{ word: 'and', variant: '', locations: [-25, 2], metaLocations: [] },
	],
];

test('the recipe gives back every page’s postings, and so the same index', () => {
	const recipe = writeSearchRecipe(texts, pages);
	const made = postingsFromRecipe(recipe, texts);
	const sorted = (postings: Posting[]) => [...postings].sort((a, b) => a.word.localeCompare(b.word));
	assert.deepEqual(made.map(sorted), pages.map(sorted));
	assert.deepEqual(indexChunks(made), indexChunks(pages));
});

test('the recipe gives whole only what its positions do not: a title’s word is given by its places in the title', () => {
	const recipe = writeSearchRecipe(texts, pages);
	assert.deepEqual(recipe.pages[0]!.postings, []);
	assert.deepEqual(recipe.pages[1]!.postings, []);
	assert.deepEqual(recipe.pages[1]!.titles, [['workshop', '', [-1, 0]]]);
	assert.deepEqual(recipe.pages[0]!.weights, [144, 3, 24, 4], 'each position’s weight, in runs');
});

test('with the language’s word rule, the recipe lists only the words the rule gets wrong, and makes the same index', () => {
	const rule = wordRuleOf('en');
	const recipe = writeSearchRecipe(texts, pages, rule);
	assert.deepEqual(recipe.words, [], 'the rule gets every word right');
	assert.equal(writeSearchRecipe(texts, pages).words.length, 9, 'with no rule, every written word is listed');
	assert.deepEqual(indexChunks(postingsFromRecipe(recipe, texts, rule)), indexChunks(pages));
	assert.notDeepEqual(
		indexChunks(postingsFromRecipe(recipe, texts)),
		indexChunks(pages),
		'a recipe written with a rule needs it',
	);
});

test('a page whose text changed gives other postings: the index it makes is not the build’s', () => {
	const recipe = writeSearchRecipe(texts, pages);
	const made = postingsFromRecipe(recipe, ['Plan the workshop. Plan a good-quality meeting', texts[1]!]);
	assert.notDeepEqual(indexChunks(made), indexChunks(pages));
});

test('a word the rule gets wrong is listed with what Pagefind indexed it as', () => {
	const rule = wordRuleOf('en');
	// Pagefind also splits a word where its case changes: the rule does not.
	const csos: Posting[][] = [
		[
			{ word: 'cs', variant: '', locations: [-13, 0], metaLocations: [] },
			{ word: 'csos', variant: '', locations: [-25, 0], metaLocations: [] },
			{ word: 'meet', variant: '', locations: [-25, 1], metaLocations: [] },
			{ word: 'os', variant: '', locations: [-13, 0], metaLocations: [] },
		],
	];
	const recipe = writeSearchRecipe(['CSOs meet'], csos, rule);
	assert.deepEqual(
		recipe.words.map(([token, entries]) => [token, entries.map(([word]) => word).sort()]),
		[['CSOs', ['cs', 'csos', 'os']]],
	);
	assert.deepEqual(indexChunks(postingsFromRecipe(recipe, ['CSOs meet'], rule)), indexChunks(csos));
});
