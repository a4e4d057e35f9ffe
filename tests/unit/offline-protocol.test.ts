// A pack's bytes, as the build writes them and the service worker reads them: own bytes, the language's shared
// pieces, and pieces of other saved files, which the reader cuts again from what it has.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pack, packSources, unpack, type PackedFile } from '../../src/common/offline-protocol.ts';
import { cutIntoPieces } from '../../src/common/pieces.ts';

const encoder = new TextEncoder();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** A page long enough to be cut into many pieces, the same on every run. */
const page = (words: string) =>
	encoder.encode(Array.from({ length: 400 }, (_, index) => `<p>${words} ${index * 7919}</p>`).join('\n'));

test('a file comes back from its own bytes and the shared pieces it names', () => {
	const shared = [encoder.encode('<head>'), encoder.encode('</body>')];
	const bytes = pack([{ url: '/a/', type: 'text/html', pieces: [0, encoder.encode('<p>A</p>'), 1] }], shared);
	const { files, pieces } = unpack(bytes, shared);
	assert.equal(text(files[0]!.body), '<head><p>A</p></body>');
	assert.equal(files[0]!.file.url, '/a/');
	assert.deepEqual(pieces.map(text), ['<head>', '</body>']);
});

test('a file that repeats another names its pieces, in runs, and comes back from them', () => {
	const card = page('card');
	const cardPieces = cutIntoPieces(card);
	assert.ok(cardPieces.length > 10, 'the page is cut into many pieces');
	// A page that gathers the card: its pieces, then a piece of its own.
	const gathering = [...cardPieces.map((_, index) => ({ url: '/card/', index })), encoder.encode('<p>end</p>')];
	const bytes = pack([{ url: '/all/', type: 'text/html', pieces: gathering }]);
	assert.deepEqual(packSources(bytes), ['/card/']);
	const header = JSON.parse(text(bytes.subarray(4, 4 + new DataView(bytes.buffer).getUint32(0, true)))) as {
		files: PackedFile[];
	};
	assert.deepEqual(
		header.files[0]!.pieces,
		[[0, 0, cardPieces.length], -'<p>end</p>'.length],
		'one run, not a piece each',
	);
	const { body } = unpack(bytes, [], [cutIntoPieces(card)]).files[0]!;
	assert.equal(text(body), `${text(card)}<p>end</p>`);
});

test('a file whose source has fewer pieces than it names is refused, not put together wrong', () => {
	const bytes = pack([{ url: '/all/', type: 'text/html', pieces: [{ url: '/card/', index: 5 }] }]);
	assert.throws(() => unpack(bytes, [], [cutIntoPieces(encoder.encode('short'))]), /\/card\/ has no pieces 5\+1/);
});
