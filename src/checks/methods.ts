import { sourceLanguage } from '../languages.ts';
import { isMethodCard } from '../lib/method-cards.ts';
import {
	methodEndSections,
	methodFactHelp,
	methodFactNames,
	methodSections,
	methodTextNames,
	methodTexts,
} from '../schemas/method.ts';
import type { Guide, Problem } from './guide.ts';
import { sectionProblems, stringOf } from './sections.ts';

/**
 * Method cards: the facts written once in the English card, the words in every card, the sections in order, and
 * related cards that exist. The frontmatter's values themselves are checked with the rest of the frontmatter.
 */
export function methodCardProblems(guide: Guide): Problem[] {
	const cards = guide.pages.filter(isMethodCard);
	const englishSlugs = new Set(cards.filter((page) => page.lang === sourceLanguage).map((page) => page.slug));
	return cards.flatMap((page) => {
		const problems: string[] = [];
		const method = (page.frontmatter.method ?? {}) as Record<string, unknown>;
		const english = `content/docs/${sourceLanguage}/${page.inLanguage}`;
		if (page.frontmatter.method === undefined)
			problems.push(
				'add `method:` to the frontmatter, with the fields every card has (copy them from content/docs/en/methods/focus-group.mdx).',
			);
		else if (page.lang === sourceLanguage) {
			for (const name of methodFactNames)
				if (method[name] === undefined) problems.push(`add \`method.${name}\`: ${methodFactHelp[name]}.`);
			for (const slug of Array.isArray(method.related) ? (method.related as unknown[]) : [])
				if (typeof slug === 'string' && !englishSlugs.has(`methods/${slug}`))
					problems.push(
						`\`method.related\` names "${slug}", which is not a card: use the file name of a card in content/docs/${sourceLanguage}/methods/, without .mdx.`,
					);
		} else {
			for (const name of methodFactNames)
				if (method[name] !== undefined)
					problems.push(
						`remove \`method.${name}\`: a translation takes it from the English card (${english}), where it is written once.`,
					);
		}
		if (page.frontmatter.method !== undefined)
			for (const name of methodTextNames)
				if (method[name] === undefined && !methodTexts[name].safeParse(undefined).success)
					problems.push(`add \`method.${name}\`, in this page's language, as in the other cards.`);

		for (const key of methodEndSections) {
			const written = stringOf(guide, page.lang, `guide.methodSection.${key}`);
			if (new RegExp(`^## ${written}\\s*$`, 'm').test(page.body))
				problems.push(
					`remove the section "## ${written}" (and its import, if any): a card's related cards and sources are drawn from \`method.related\` and \`method.sources\`.`,
				);
		}
		if (!guide.strings[page.lang]?.problem) {
			const heading = (key: (typeof methodSections)[number]) =>
				stringOf(guide, page.lang, `guide.methodSection.${key}`);
			problems.push(
				...sectionProblems(
					page,
					methodSections.map((key) => ({ heading: heading(key) })),
					'a method card',
				),
			);
		}
		return problems.map((message) => ({ file: page.file, message }));
	});
}
