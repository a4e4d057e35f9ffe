/**
 * The strings a component's script needs, in the page's language (Starlight falls back to the source language's), as
 * they are written, placeholders and all: the value of its `data-strings`, which src/browser/strings.ts reads.
 */
export function stringsFor(t: { all(): Record<string, unknown> }, keys: string[]): string {
	const strings = t.all();
	const missing = keys.filter((key) => typeof strings[key] !== 'string');
	if (missing.length)
		throw new Error(
			`Interface strings: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} in no file of content/i18n/: add ${missing.length === 1 ? 'it' : 'them'} to content/i18n/en.json (and its translations), or correct the key in the component that asks for ${missing.length === 1 ? 'it' : 'them'}.`,
		);
	return JSON.stringify(Object.fromEntries(keys.map((key) => [key, strings[key]])));
}
