// Cuts files into pieces where their content says (a rolling hash, as rsync and casync do), so that what pages repeat
// (their head, sidebar and footer) falls into the same pieces in every page, whatever is written around it, and
// an edit changes only the pieces it touches.

/** A fixed table of pseudo-random numbers (xorshift32): the same cuts on every build. */
const gear = (() => {
	const table = new Uint32Array(256);
	let state = 0x9e3779b9;
	for (let index = 0; index < 256; index++) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		table[index] = state >>> 0;
	}
	return table;
})();

const minPiece = 64;
const maxPiece = 4096;

/** Pieces of about 512 bytes: a cut where the hash of the last 32 bytes has its 9 top bits clear. */
export function cutIntoPieces(bytes: Uint8Array): Uint8Array[] {
	const pieces: Uint8Array[] = [];
	let start = 0;
	let hash = 0;
	for (let index = 0; index < bytes.length; index++) {
		hash = ((hash << 1) + gear[bytes[index]!]!) >>> 0;
		const length = index + 1 - start;
		if ((length >= minPiece && hash >>> 23 === 0) || length >= maxPiece) {
			pieces.push(bytes.subarray(start, index + 1));
			start = index + 1;
			hash = 0;
		}
	}
	if (start < bytes.length) pieces.push(bytes.subarray(start));
	return pieces;
}
