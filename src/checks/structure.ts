import { completeLanguages, sourceLanguage } from '../languages.ts';
import type { Page } from '../lib/content.ts';
import { isStepPage } from '../lib/process.ts';
import { stepKeyOfSlug, stepSlug } from '../lib/step-order.ts';
import { caseStudySections } from '../schemas/case-study-sections.ts';
import { caseStudyFields, phases } from '../schemas/frontmatter.ts';
import { stepSections } from '../schemas/step-sections.ts';
import type { Guide, Problem } from './guide.ts';
import { sectionProblems, stringOf } from './sections.ts';

/** A frontmatter value as the contributor wrote it: `prework`, `3`. */
const asWritten = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Step pages: their place in the process (written once, in English), their sections, their checklist. */
export function stepPageProblems(guide: Guide): Problem[] {
	const problems: Problem[] = [];
	const stepPages = guide.pages.filter(isStepPage);
	const checklistKeys = new Set(guide.checklists.map(({ key }) => key));
	for (const page of stepPages) {
		const say = (message: string) => problems.push({ file: page.file, message });
		// Without its language's interface strings (reported on their own), the headings cannot be checked.
		const headingsKnown = !guide.strings[page.lang]?.problem;
		const folderPhase = page.slug.split('/')[1]!;
		const key = stepKeyOfSlug(page.slug)!;
		if (!(phases as readonly string[]).includes(folderPhase))
			say(
				`the folder process/${folderPhase}/ is not a phase: step pages live in process/${phases.join('/, process/')}/.`,
			);
		if (page.lang === sourceLanguage) {
			if (page.frontmatter.phase === undefined)
				say(`add \`phase: ${folderPhase}\` to the frontmatter: the phase this step belongs to.`);
			else if (page.frontmatter.phase !== folderPhase)
				say(
					`\`phase\` is "${asWritten(page.frontmatter.phase)}" but the page is in the folder process/${folderPhase}/: make them the same.`,
				);
			if (page.frontmatter.step === undefined)
				say("add `step:` to the frontmatter: the step's place in its phase (1, 2, 3…).");
		} else {
			for (const field of ['phase', 'step'] as const) {
				if (page.frontmatter[field] !== undefined)
					say(
						`remove the line \`${field}: ${asWritten(page.frontmatter[field])}\`: a translation takes its phase and step from the English page (content/docs/${sourceLanguage}/${page.inLanguage}), where they are written once.`,
					);
			}
		}
		if (page.frontmatter.outputs === undefined)
			say('add `outputs:`, `roles:` and `time:` to the frontmatter, as on the other step pages.');
		const heading = (section: (typeof stepSections)[number]) =>
			stringOf(guide, page.lang, `guide.stepSection.${section.key}`);
		if (headingsKnown)
			for (const message of sectionProblems(
				page,
				stepSections.map((section) => ({ heading: heading(section), optional: 'optional' in section })),
				'a step page',
			))
				say(message);
		const checklistHeading = heading(stepSections.at(-1)!);
		if (headingsKnown && !new RegExp(`(^|\\n)## ${checklistHeading}\\s+<Checklist />\\s*$`).test(page.body))
			say(`the last section, "## ${checklistHeading}", must hold only <Checklist />.`);
		if (!checklistKeys.has(key))
			say(
				`its checklist, content/checklists/${key}.yaml, does not exist: copy another step's checklist file to start it.`,
			);
	}
	const sourceSteps = stepPages.filter((page) => page.lang === sourceLanguage);
	for (const phase of phases) {
		const numbers = sourceSteps.filter((page) => page.frontmatter.phase === phase).map((page) => page.frontmatter.step);
		// A step that is not a whole number is reported with the frontmatter.
		if (!numbers.every((step): step is number => Number.isInteger(step))) continue;
		numbers.sort((a, b) => a - b);
		if (numbers.some((n, index) => n !== index + 1)) {
			problems.push({
				file: `content/docs/${sourceLanguage}/process/${phase}/`,
				message: `the steps of ${phase} are numbered ${numbers.join(', ')}: number them 1, 2, 3… in the order they happen (\`step:\` in each page).`,
			});
		}
	}
	for (const { key, file } of guide.checklists) {
		if (!sourceSteps.some((page) => page.slug === stepSlug(key))) {
			problems.push({
				file,
				message: `points to a step that does not exist: there is no content/docs/${sourceLanguage}/${stepSlug(key)}.mdx. Name the file after its step page, or remove it.`,
			});
		}
	}
	return problems;
}

const isCaseStudy = (page: Page) => /^case-studies\/(?!comparison$)[^/]+$/.test(page.slug);

/** Case studies: their facts in the frontmatter and their sections in order. */
export function caseStudyProblems(guide: Guide): Problem[] {
	return guide.pages.filter(isCaseStudy).flatMap((page) => {
		const problems: string[] = [];
		if (guide.strings[page.lang]?.problem) return [];
		const facts = caseStudyFields.safeParse(page.frontmatter.caseStudy);
		if (!facts.success)
			problems.push(...facts.error.issues.map((issue) => `caseStudy.${issue.path.join('.')}: ${issue.message}`));
		const expected = caseStudySections.map(({ key }) => ({
			heading: stringOf(guide, page.lang, `guide.caseSection.${key}`),
		}));
		problems.push(...sectionProblems(page, expected, 'a case study'));
		return problems.map((message) => ({ file: page.file, message }));
	});
}

/**
 * A complete language has every page of the source language; a language in progress may fall back to English.
 * A translation needs its English page: the translation status and the fallbacks are read from it.
 */
export function missingPageProblems(guide: Guide): Problem[] {
	const withoutSource = guide.pages
		.filter(
			(page) =>
				page.lang !== sourceLanguage &&
				!guide.pages.some((source) => source.lang === sourceLanguage && source.slug === page.slug),
		)
		.map((page) => ({
			file: page.file,
			message: `has no English page: write content/docs/${sourceLanguage}/${page.inLanguage} too (every page starts in English), or move this file to the path of the English page it translates.`,
		}));
	return [
		...withoutSource,
		...guide.pages
			.filter((page) => page.lang === sourceLanguage)
			.flatMap((source) =>
				completeLanguages
					.filter(
						(lang) =>
							lang !== sourceLanguage && !guide.pages.some((page) => page.lang === lang && page.slug === source.slug),
					)
					.map((lang) => ({
						file: `content/docs/${lang}/${source.inLanguage}`,
						kind: 'missingPage',
						message: `is missing: every page exists in every complete language. Translate ${source.file} into this file (copy it, then translate its text), or, if the English page should go, delete it too.`,
					})),
			),
	];
}
