/** Fills `{{name}}` placeholders, as Starlight's `t()` does on pages: the one way, at build time and in the browser. */
export const interpolate = (text: string, values: Record<string, string | number> = {}) =>
	text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => String(values[name] ?? whole));
