// The Node versions the guide runs on, read from package.json's `engines.node`, where they are written once.
// Plain JavaScript without dependencies, so that any old Node can run it and say which Node to install.
// It reads the simple form `^22.22.0 || >=24.8.0`: each part `^major.minor.patch` or `>=major.minor.patch`.

/** @typedef {{ kind: '^' | '>=', version: number[] }} NodeRange */

/**
 * `^22.22.0 || >=24.8.0` → [{ kind: '^', version: [22, 22, 0] }, { kind: '>=', version: [24, 8, 0] }].
 * @param {string} engines
 * @returns {NodeRange[]}
 */
export function parseNodeRanges(engines) {
	return engines.split('||').map((part) => {
		const match = /^\s*(\^|>=)\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
		if (!match) {
			throw new Error(
				`package.json's engines.node has "${part.trim()}": scripts/lib/node-range.mjs reads only ^a.b.c and >=a.b.c, joined by ||.`,
			);
		}
		const kind = /** @type {'^' | '>='} */ (match[1]);
		return { kind, version: [Number(match[2]), Number(match[3]), Number(match[4])] };
	});
}

/**
 * -1, 0 or 1, as `a` is older than, the same as or newer than `b`.
 * @param {number[]} a
 * @param {number[]} b
 */
function compare(a, b) {
	for (let i = 0; i < 3; i++) {
		const difference = (a[i] ?? 0) - (b[i] ?? 0);
		if (difference) return Math.sign(difference);
	}
	return 0;
}

/**
 * Whether a version (`24.8.1`, as process.versions.node writes it) is in one of the ranges.
 * @param {string} version
 * @param {NodeRange[]} ranges
 */
export function satisfies(version, ranges) {
	const parts = version.split('.').map(Number);
	return ranges.some(
		(range) => compare(parts, range.version) >= 0 && (range.kind === '>=' || parts[0] === range.version[0]),
	);
}

/**
 * The ranges in words, newest first: `24.8 or newer, or 22.22 or a newer 22`.
 * @param {NodeRange[]} ranges
 */
export function describeRanges(ranges) {
	return [...ranges]
		.sort((a, b) => compare(b.version, a.version))
		.map(({ kind, version: [major, minor] }) =>
			kind === '>=' ? `${major}.${minor} or newer` : `${major}.${minor} or a newer ${major}`,
		)
		.join(', or ');
}
