// Pagefind's word index taken apart into each page's postings and put together again, byte for byte, as a saved
// copy does after an update (src/common/pagefind-index.ts).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import {
	asPagefindFile,
	indexChunks,
	isChunkName,
	postingsOfPages,
	readMeta,
	readPostings,
	writePostings,
	type Posting,
} from '../../src/common/pagefind-index.ts';

const posting = (word: string, locations: number[], variant = ''): Posting => ({
	word,
	variant,
	locations,
	metaLocations: [],
});
const pages: Posting[][] = [
	[posting('taller', [-25, 3, 8]), posting('particip', [-145, 0]), posting('diagnost', [-25, 12], 'diagnóstico')],
	[posting('diagnost', [-25, 1]), posting('taller', [-25, 40])],
	[posting('diagnost', [-25, 7], 'diagnóstico'), posting('zócalo', [-25, 2])],
];
const files = (chunks: Uint8Array[]) => chunks.map(asPagefindFile);

test("a page's postings read from the index are the postings the index was made of", () => {
	const read = postingsOfPages(files(indexChunks(pages)), pages.length);
	const byWord = (list: Posting[]) => [...list].sort((a, b) => (a.word + a.variant).localeCompare(b.word + b.variant));
	assert.deepEqual(read.map(byWord), pages.map(byWord));
});

test('an index rebuilt with one page changed is the index made from the changed pages', () => {
	const changed = [pages[0]!, [posting('taller', [-25, 41]), posting('nuevo', [-25, 2])], pages[2]!];
	const kept = postingsOfPages(files(indexChunks(pages)), pages.length);
	const rebuilt = indexChunks([kept[0]!, changed[1]!, kept[2]!]);
	assert.deepEqual(rebuilt, indexChunks(changed));
	assert.notDeepEqual(rebuilt, indexChunks(pages));
});

test('words sort by their UTF-8 bytes, as Pagefind sorts them: «zócalo» after «zz»', () => {
	const [chunk] = indexChunks([[posting('zz', [-25, 1]), posting('zócalo', [-25, 2]), posting('a', [-25, 3])]]);
	const words = postingsOfPages([asPagefindFile(chunk!)], 1)[0]!.map(({ word }) => word);
	assert.deepEqual(words, ['a', 'zz', 'zócalo']);
});

test('a chunk closes once it holds 20,000 locations, pages and accented forms', () => {
	const many = Array.from({ length: 30 }, (_, index) =>
		posting(
			`word${String(index).padStart(2, '0')}`,
			Array.from({ length: 999 }, (_, at) => at),
		),
	);
	// Each word weighs 999 locations and one page: the chunk closes after the 20th.
	const chunks = indexChunks([many]);
	assert.equal(chunks.length, 2);
	assert.equal(postingsOfPages([asPagefindFile(chunks[0]!)], 1)[0]!.length, 20);
});

test("a chunk's name is its language and its SHA-1 in Pagefind's hex, with no leading zero to a byte", () => {
	const sha1 = Uint8Array.from([0x0a, 0x05, 0xff, 0x10, 0x00, 0x01, 0x02, 0x03]);
	assert.ok(isChunkName('es_a5ff100', 'es', sha1));
	assert.ok(isChunkName('es_a5ff1001', 'es', sha1), 'a name made longer to avoid a collision');
	assert.ok(!isChunkName('es_0a05ff1', 'es', sha1));
	assert.ok(!isChunkName('es_a5ff1', 'es', sha1), 'a name too short');
	const [chunk] = indexChunks(pages);
	const digest = createHash('sha1').update(chunk!).digest();
	assert.ok(
		isChunkName(
			`es_${[...digest]
				.map((byte) => byte.toString(16))
				.join('')
				.slice(0, 7)}`,
			'es',
			digest,
		),
	);
});

test("the metadata names the pages and chunks in order, and a file that is not Pagefind's is refused", () => {
	// ["1.6.0", [[page, words, ""]...], [[from, to, chunk]...], [], [], ["title"]] in Pagefind's CBOR.
	const meta = [
		0x86,
		0x65,
		...Buffer.from('1.6.0'),
		0x82,
		0x83,
		0x63,
		...Buffer.from('p_1'),
		0x05,
		0x60,
		0x83,
		0x63,
		...Buffer.from('p_2'),
		0x06,
		0x60,
		0x81,
		0x83,
		0x61,
		0x61,
		0x61,
		0x7a,
		0x63,
		...Buffer.from('c_1'),
		0x80,
		0x80,
		0x81,
		0x65,
		...Buffer.from('title'),
	];
	assert.deepEqual(readMeta(asPagefindFile(Uint8Array.from(meta))), { pages: ['p_1', 'p_2'], chunks: ['c_1'] });
	assert.throws(() => readMeta(Uint8Array.from(meta)), /not one of Pagefind/);
});

test('postings as the build ships them read back the same', () => {
	assert.deepEqual(readPostings(writePostings(pages[0]!)), pages[0]);
	assert.deepEqual(readPostings(writePostings([])), []);
});
