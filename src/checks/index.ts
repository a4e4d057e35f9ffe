import { styleProblems } from './style.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageCodes } from '../languages.ts';
import {
	checklistProblems,
	frontmatterProblems,
	glossaryProblems,
	interfaceStringProblems,
	kitMessageProblems,
} from './data.ts';
import { explain } from './explained.ts';
import { loadGuide, type Guide, type Problem } from './guide.ts';
import { linkProblems } from './links.ts';
import { methodCardProblems } from './methods.ts';
import { planProblems } from './plan.ts';
import { caseStudyProblems, missingPageProblems, stepPageProblems } from './structure.ts';
import { copiedEnglishProblems, translationProblems } from './translations.ts';
import { glossaryTermProblems } from './words.ts';

export type { Guide, Problem };

/** The content checks, in the order a contributor meets them; `npm run check` runs them all in seconds. */
export const contentChecks: { name: string; run: (guide: Guide) => Problem[] }[] = [
	{ name: 'Frontmatter', run: frontmatterProblems },
	{ name: 'Interface strings', run: interfaceStringProblems },
	{ name: 'Checklists', run: checklistProblems },
	{ name: 'Glossary', run: glossaryProblems },
	{ name: 'Step pages', run: stepPageProblems },
	{ name: 'Your plan', run: planProblems },
	{ name: 'Case studies', run: caseStudyProblems },
	{ name: 'Method cards', run: methodCardProblems },
	{ name: 'Message templates', run: kitMessageProblems },
	{
		name: 'Translations',
		run: (guide) => [...missingPageProblems(guide), ...translationProblems(guide), ...copiedEnglishProblems(guide)],
	},
	{ name: 'Links', run: (guide) => linkProblems(guide, (file) => readFileSync(join(guide.root, file), 'utf8')) },
	{ name: 'Glossary terms', run: glossaryTermProblems },
	{ name: 'Style', run: styleProblems },
];

/** Every content check's problems for the guide in `root` (the repository, or a test's copy of it). */
export function checkContent(root: string): { name: string; problems: Problem[] }[] {
	const guide = loadGuide(root, languageCodes);
	return contentChecks.map(({ name, run }) => {
		try {
			return { name, problems: run(guide).map((problem) => ({ ...problem, explained: explain(name, problem) })) };
		} catch (error) {
			// A check that meets content of a shape it does not expect: the checks before it name the mistake, and this
			// says plainly that it could not run, rather than stopping every check with a stack trace.
			return {
				name,
				problems: [
					{
						file: 'content/',
						message: `this check could not read the content (${(error as Error).message.split('\n')[0]}): fix the problems the other checks name, then run it again. If none is named, please report it, with this line, on the guide's issues.`,
					},
				],
			};
		}
	});
}

export const isError = (problem: Problem) => problem.severity !== 'notice';

/** A problem as one line: `content/docs/es/about.mdx:12: the link … (what to do)`. */
export const formatProblem = ({ file, line, message }: Problem) => `${file}${line ? `:${line}` : ''}: ${message}`;

export { formatExplained } from './explained.ts';
