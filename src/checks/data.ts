import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { checklistSchema, glossarySchema } from '../schemas/data.ts';
import { guideFrontmatter } from '../schemas/frontmatter.ts';
import { messagesSchema } from '../schemas/kit.ts';
import { guideStrings } from '../schemas/ui-strings.ts';
import type { Guide, Problem } from './guide.ts';
import { issueLine, plainMessage, textMistakeOf } from './plain-issue.ts';

/** Starlight's frontmatter schema, as the build reads it; an image is any text here (the build checks the file). */
const starlightFrontmatter = docsSchema()({ image: () => z.string() } as unknown as Parameters<
	ReturnType<typeof docsSchema>
>[0]);
const guideFieldNames = new Set(Object.keys(guideFrontmatter.shape));
/** Every field a page may have: the guide's and Starlight's. Any other is a misspelling, which both would ignore. */
const knownFieldNames = [...new Set([...guideFieldNames, ...Object.keys(starlightFrontmatter.shape)])];

/** A frontmatter field neither the guide nor Starlight reads, with the known field it is closest to. */
function unknownFieldProblems(file: string, frontmatter: unknown): Problem[] {
	if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) return [];
	return Object.keys(frontmatter)
		.filter((key) => !knownFieldNames.includes(key))
		.map((key) => {
			const near = knownFieldNames.find((known) => editDistance(known.toLowerCase(), key.toLowerCase()) <= 2);
			return {
				file,
				message: `\`${key}\` is not a field of a page, so nothing reads it: ${near ? `did you mean \`${near}\`? ` : ''}write a field's name as the other pages do, or remove the line.`,
			};
		});
}

/** How many letters to add, remove or change to turn one word into another. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		previous = current;
	}
	return previous[b.length] ?? 0;
}

const issuesOf = (error: z.ZodError, file: string, prefix = ''): Problem[] =>
	error.issues.map((issue) => ({ file, message: `${prefix}${issueLine(issue)}`, ...textMistakeOf(issue, prefix) }));

/** Every page's frontmatter: the fields, their kinds, and what to write. */
export function frontmatterProblems(guide: Guide): Problem[] {
	return [
		...guide.unreadable,
		...guide.pages
			.filter((page) => !guide.unreadable.some(({ file }) => file === page.file))
			.flatMap((page) => {
				const result = guideFrontmatter.safeParse(page.frontmatter);
				// Starlight's own fields (`sidebar`, `template`, `hero`…), which the build would otherwise refuse with a
				// stack trace; the guide's schema has its own words for the fields both know.
				const starlight = starlightFrontmatter.safeParse(page.frontmatter);
				const starlightIssues = starlight.success
					? []
					: starlight.error.issues.filter(({ path }) => !guideFieldNames.has(String(path[0])));
				return [
					...(result.success ? [] : issuesOf(result.error, page.file)),
					...starlightIssues.map((issue) => ({ file: page.file, message: issueLine(issue) })),
					...unknownFieldProblems(page.file, page.frontmatter),
				];
			}),
	];
}

/** Every language's interface strings: the file exists, is valid JSON and has every string the guide uses. */
export function interfaceStringProblems(guide: Guide): Problem[] {
	return Object.values(guide.strings).flatMap(({ file, data, problem }) => {
		if (problem) return [problem];
		const result = guideStrings.safeParse(data);
		return result.success ? [] : result.error.issues.map((issue) => ({ file, message: plainMessage(issue) }));
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
		message: issue.code === 'custom' && issue.path[0] === 'templates' ? issue.message : issueLine(issue),
	}));
}
