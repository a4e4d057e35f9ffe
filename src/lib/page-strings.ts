/**
 * The strings a component's script needs, in the page's language (Starlight falls back to the source language's), as
 * they are written, placeholders and all: the value of its `data-strings`, which src/browser/strings.ts reads.
 */
export function stringsFor(t: { all(): Record<string, unknown> }, keys: string[]): string {
	const strings = t.all();
	return JSON.stringify(
		Object.fromEntries(keys.map((key) => [key, typeof strings[key] === 'string' ? strings[key] : key])),
	);
}
