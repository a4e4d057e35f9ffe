import type { z } from 'astro/zod';
import { checklistSchema, glossarySchema } from '../schemas/data.ts';
import { guideFrontmatter } from '../schemas/frontmatter.ts';
import { messagesSchema } from '../schemas/kit.ts';
import { guideStrings } from '../schemas/ui-strings.ts';
import type { Guide, Problem } from './guide.ts';

const issuesOf = (error: z.ZodError, file: string, prefix = ''): Problem[] =>
	error.issues.map((issue) => ({
		file,
		message: `${prefix}${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
	}));

/** Every page's frontmatter: the fields, their kinds, and what to write. */
export function frontmatterProblems(guide: Guide): Problem[] {
	return [
		...guide.unreadable,
		...guide.pages
			.filter((page) => !guide.unreadable.some(({ file }) => file === page.file))
			.flatMap((page) => {
				const result = guideFrontmatter.safeParse(page.frontmatter);
				return result.success ? [] : issuesOf(result.error, page.file);
			}),
	];
}

/** Every language's interface strings: the file exists, is valid JSON and has every string the guide uses. */
export function interfaceStringProblems(guide: Guide): Problem[] {
	return Object.values(guide.strings).flatMap(({ file, data, problem }) => {
		if (problem) return [problem];
		const result = guideStrings.safeParse(data);
		return result.success ? [] : result.error.issues.map((issue) => ({ file, message: issue.message }));
	});
}

/** Every checklist file: valid YAML, every item with an id and its text in every complete language. */
export function checklistProblems(guide: Guide): Problem[] {
	return guide.checklists.flatMap(({ file, data, problem }) => {
		if (problem) return [problem];
		const result = checklistSchema.safeParse(data);
		return result.success ? [] : issuesOf(result.error, file);
	});
}

/** The glossary: valid YAML, each term and definition in every complete language. */
export function glossaryProblems(guide: Guide): Problem[] {
	const { file, data, problem } = guide.glossary;
	if (problem) return [problem];
	if (!data || typeof data !== 'object')
		return [
			{
				file,
				message: 'holds no terms: each term is a name followed by `term:` and `definition:`, one line per language.',
			},
		];
	return Object.entries(data).flatMap(([term, entry]) => {
		const result = glossarySchema.safeParse(entry);
		return result.success ? [] : issuesOf(result.error, file, `${term}: `);
	});
}

/**
 * The session kit's message templates: valid YAML, each template in every complete language, its blanks declared,
 * and each fitting one SMS with its blanks at their longest. A template's problem names it, so no path is added.
 */
export function kitMessageProblems(guide: Guide): Problem[] {
	const { file, data, problem } = guide.messages;
	if (problem) return [problem];
	const result = messagesSchema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => ({
		file,
		message:
			issue.code === 'custom' && issue.path[0] === 'templates'
				? issue.message
				: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
	}));
}
