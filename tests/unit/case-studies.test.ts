import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pages, type Page } from '../../src/lib/content.ts';
import { caseStudySections } from '../../src/schemas/case-study-sections.ts';
import { caseStudyFields } from '../../src/schemas/frontmatter.ts';
import type { Language } from '../../src/languages.ts';

const isCaseStudy = (page: Page) => /^case-studies\/(?!comparison$)[^/]+$/.test(page.slug);

/** What is wrong with a case study, in words a contributor can act on; empty when nothing is. */
function caseStudyProblems(page: Page): string[] {
	const lang = page.lang as Language;
	const problems: string[] = [];
	const facts = caseStudyFields.safeParse(page.frontmatter.caseStudy);
	if (!facts.success) problems.push(...facts.error.issues.map((issue) => `caseStudy.${issue.path.join('.')}: ${issue.message}`));
	const headings = [...page.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
	const expected = caseStudySections.map((section) => section.heading[lang]);
	for (const heading of expected) if (!headings.includes(heading)) problems.push(`the section "## ${heading}" is missing.`);
	for (const heading of headings) if (!expected.includes(heading)) problems.push(`"## ${heading}" is not one of a case study's sections: ${expected.join(' · ')}.`);
	if (headings.join('|') !== expected.filter((h) => headings.includes(h)).join('|')) problems.push(`the sections are out of order: they go ${expected.join(' · ')}.`);
	return problems.map((problem) => `${page.file}: ${problem}`);
}

const caseStudies = pages().filter(isCaseStudy);

test('every case study, in every language, has its facts in the frontmatter and its sections in order', () => {
	assert.ok(caseStudies.length >= 4, 'expected the León and Haripur case studies in English and Spanish');
	assert.deepEqual(caseStudies.flatMap(caseStudyProblems), []);
});

test('the check catches a missing field, a missing section and a source without an address', () => {
	const base = caseStudies.find((page) => page.lang === 'en')!;
	const caseStudy = base.frontmatter.caseStudy as Record<string, unknown>;
	const { period, ...withoutPeriod } = caseStudy;
	assert.match(caseStudyProblems({ ...base, frontmatter: { ...base.frontmatter, caseStudy: withoutPeriod } }).join('\n'), /caseStudy\.period: `caseStudy\.period` is missing/);
	const sourceWithoutUrl = { ...caseStudy, sources: [{ title: 'A source with no address' }] };
	assert.match(caseStudyProblems({ ...base, frontmatter: { ...base.frontmatter, caseStudy: sourceWithoutUrl } }).join('\n'), /caseStudy\.sources\.0\.url: each source needs `url:`/);
	assert.match(caseStudyProblems({ ...base, body: base.body.replace(/^## What is not known$/m, '') }).join('\n'), /the section "## What is not known" is missing/);
});
