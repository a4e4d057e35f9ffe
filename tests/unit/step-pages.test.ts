import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pages, root, type Page } from '../../src/lib/content.ts';
import { phases } from '../../src/schemas/frontmatter.ts';
import { languageCodes, type Language } from '../../src/languages.ts';
import { stepSections } from '../../src/schemas/step-sections.ts';

const isStepPage = (page: Page) => /^process\/[^/]+\/[^/]+$/.test(page.slug);
const requiredFields = ['title', 'description', 'phase', 'step', 'outputs', 'roles', 'time'];

/** What is wrong with a step page, in words a contributor can act on; empty when nothing is. */
export function stepPageProblems(page: Page): string[] {
	const lang = page.lang as Language;
	const problems: string[] = [];
	const folderPhase = page.slug.split('/')[1];
	for (const field of requiredFields) {
		if (page.frontmatter[field] === undefined) problems.push(`the frontmatter field \`${field}\` is missing (step pages need ${requiredFields.join(', ')}).`);
	}
	const time = page.frontmatter.time as Record<string, unknown> | undefined;
	if (time && (!time.preparation || !time.session)) problems.push('`time` needs both `preparation:` and `session:`.');
	if (page.frontmatter.phase !== undefined && page.frontmatter.phase !== folderPhase) {
		problems.push(`\`phase\` is "${page.frontmatter.phase}" but the page is in the folder process/${folderPhase}/.`);
	}
	const headings = [...page.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
	const expected = stepSections.map((section) => section.heading[lang]);
	const unknown = headings.filter((heading) => !expected.includes(heading));
	for (const heading of unknown) problems.push(`"## ${heading}" is not one of a step page's sections: ${expected.join(' · ')}.`);
	for (const section of stepSections) {
		if (!section.optional && !headings.includes(section.heading[lang])) problems.push(`the section "## ${section.heading[lang]}" is missing.`);
	}
	const known = headings.filter((heading) => expected.includes(heading));
	const inOrder = [...known].sort((a, b) => expected.indexOf(a) - expected.indexOf(b));
	if (known.join('|') !== inOrder.join('|')) problems.push(`the sections are out of order: they go ${expected.join(' · ')}.`);
	const checklistHeading = stepSections.find((section) => section.key === 'checklist')!.heading[lang];
	if (!new RegExp(`^## ${checklistHeading}\\s+<Checklist />\\s*$`, 'm').test(page.body)) {
		problems.push(`the last section, "## ${checklistHeading}", must hold only <Checklist />.`);
	}
	if (!existsSync(join(root, 'content', 'checklists', `${page.slug.replace(/^process\//, '')}.yaml`))) {
		problems.push(`its checklist, content/checklists/${page.slug.replace(/^process\//, '')}.yaml, does not exist.`);
	}
	return problems.map((problem) => `${page.file}: ${problem}`);
}

const stepPages = pages().filter(isStepPage);

test('every step page, in every language, has the required frontmatter and sections in order', () => {
	assert.ok(stepPages.length > 0, 'no step pages found under content/docs/<lang>/process/<phase>/');
	assert.deepEqual(stepPages.flatMap(stepPageProblems), []);
});

test('each phase numbers its steps 1, 2, 3… in every language, the same way', () => {
	for (const lang of languageCodes) {
		for (const phase of phases) {
			const steps = stepPages.filter((page) => page.lang === lang && page.slug.startsWith(`process/${phase}/`));
			const numbers = steps.map((page) => page.frontmatter.step).sort((a, b) => Number(a) - Number(b));
			assert.deepEqual(numbers, steps.map((_, index) => index + 1), `${lang} ${phase}: the steps are numbered ${numbers.join(', ')}`);
		}
	}
	const english = Object.fromEntries(stepPages.filter((p) => p.lang === 'en').map((p) => [p.slug, p.frontmatter.step]));
	for (const page of stepPages.filter((p) => p.lang !== 'en')) {
		assert.equal(page.frontmatter.step, english[page.slug], `${page.file}: its step number differs from the English page's`);
	}
});

test('the check catches a step page with a missing section, a missing field or sections out of order', () => {
	const base = stepPages.find((page) => page.lang === 'es')!;
	const withoutPitfalls: Page = { ...base, body: base.body.replace(/^## Errores comunes$/m, '## Otra cosa') };
	assert.match(stepPageProblems(withoutPitfalls).join('\n'), /the section "## Errores comunes" is missing/);
	const { roles, ...frontmatter } = base.frontmatter;
	assert.match(stepPageProblems({ ...base, frontmatter }).join('\n'), /the frontmatter field `roles` is missing/);
	const swapped = base.body.replace('## Cómo hacerlo', '## TEMP').replace('## Por qué importa este paso', '## Cómo hacerlo').replace('## TEMP', '## Por qué importa este paso');
	assert.match(stepPageProblems({ ...base, body: swapped }).join('\n'), /out of order/);
});
