import type { z } from 'astro/zod';

/** What each kind of value is, in a contributor's words. */
const kinds: Record<string, string> = {
	object: 'a group of lines indented below it',
	record: 'a group of lines indented below it',
	array: 'a list, one entry per line starting with "- "',
	string: 'text',
	number: 'a number, without quotes',
	int: 'a whole number, without quotes',
	boolean: 'true or false, without quotes',
};

/** The messages zod writes by itself, which say nothing a contributor can act on ("Invalid input: expected …"). */
const isZodDefault = (message: string) => /^(Invalid|Too (small|big)|Unrecognized key|Expected )/.test(message);

/**
 * A schema's message, or, where the schema gave none of its own, the same in plain words: the field, what it must
 * be, and what to do. Every content check reports zod's issues through this, so that no raw zod message reaches a
 * contributor.
 */
export function plainMessage(issue: z.core.$ZodIssue): string {
	if (!isZodDefault(issue.message)) return issue.message;
	const last = issue.path.at(-1);
	const field =
		last === undefined
			? 'the file'
			: typeof last === 'number'
				? `entry ${last + 1} of the list`
				: `\`${String(last)}\``;
	switch (issue.code) {
		case 'invalid_type': {
			const expected = kinds[issue.expected] ?? issue.expected;
			const received = /received (\w+)/.exec(issue.message)?.[1];
			if (received === 'undefined') return `${field} is missing: add it, as ${expected}.`;
			if (received === 'null') return `${field} is empty: write ${expected} after it.`;
			return `${field} must be ${expected}${received ? `, not ${kinds[received] ?? received}` : ''}.`;
		}
		case 'unrecognized_keys':
			return `${issue.keys.map((key) => `\`${key}\``).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here: check the spelling against the other entries, or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`;
		case 'invalid_value':
			return `${field} must be one of ${issue.values.map(String).join(', ')}.`;
		case 'too_small':
			return issue.origin === 'array'
				? `${field} needs at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}.`
				: issue.origin === 'string'
					? `${field} is empty: write its text.`
					: `${field} must be at least ${String(issue.minimum)}.`;
		case 'too_big':
			return `${field} must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters long' : ''}.`;
		default:
			return `${field} is not written as the other entries are: compare it with one of them.`;
	}
}

/** An issue as the checks print it: the path to the field, then what to do. */
export const issueLine = (issue: z.core.$ZodIssue) =>
	`${issue.path.length ? `${issue.path.join('.')}: ` : ''}${plainMessage(issue)}`;

/** The kind and language of a text's mistake (src/schemas/language-text.ts), for its explanation in that language. */
export function textMistakeOf(issue: z.core.$ZodIssue, prefix = ''): { kind?: string; lang?: string; where?: string } {
	if (issue.code !== 'custom' || typeof issue.params?.kind !== 'string') return {};
	const lang = typeof issue.params.lang === 'string' ? issue.params.lang : undefined;
	return { kind: issue.params.kind, lang, where: `${prefix.replace(/: $/, '.')}${issue.path.join('.')}` };
}
