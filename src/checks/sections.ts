// The sections of the pages that have a fixed structure (step pages, case studies, method cards).
import { sourceLanguage } from '../languages.ts';
import type { Page } from '../lib/content.ts';
import type { Guide } from './guide.ts';

export const headingsOf = (page: Page) => [...page.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());

/** The interface string of a language, or of the source language where it has none yet. */
export function stringOf(guide: Guide, lang: string, key: string): string {
	const own = guide.strings[lang]?.data as Record<string, string> | undefined;
	const source = guide.strings[sourceLanguage]?.data as Record<string, string> | undefined;
	return own?.[key] ?? source?.[key] ?? key;
}

/** What is wrong with the order and names of a page's sections, against the sections it must have. */
export function sectionProblems(
	page: Page,
	expected: { heading: string; optional?: boolean }[],
	kind: string,
): string[] {
	const problems: string[] = [];
	const headings = headingsOf(page);
	const names = expected.map(({ heading }) => heading);
	for (const heading of headings)
		if (!names.includes(heading))
			problems.push(`"## ${heading}" is not one of ${kind}'s sections, which are, in order: ${names.join(' · ')}.`);
	for (const { heading, optional } of expected)
		if (!optional && !headings.includes(heading))
			problems.push(
				`the section "## ${heading}" is missing: ${kind} has these sections, in order: ${names.join(' · ')}.`,
			);
	const known = headings.filter((heading) => names.includes(heading));
	if (known.join('|') !== [...known].sort((a, b) => names.indexOf(a) - names.indexOf(b)).join('|'))
		problems.push(`the sections are out of order: they go ${names.join(' · ')}.`);
	return problems;
}
