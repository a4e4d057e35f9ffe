import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pages, readYaml, root } from '../../src/lib/content.ts';
import { prose } from '../../src/lib/prose.ts';
import { avoidRules, avoidedIn, type GlossaryEntry } from '../../src/lib/terminology.ts';
import { languageCodes } from '../../src/languages.ts';

const glossary = readYaml(join(root, 'content', 'glossary.yaml')) as Record<string, GlossaryEntry>;

test('the checker finds an avoided form as a whole word, in any case, and nothing else', () => {
	const rules = avoidRules(
		{ stakeholder: { term: { es: 'Parte interesada' }, definition: {}, avoid: { es: ['stakeholder', 'stakeholders'] } } },
		'es',
	);
	assert.deepEqual(avoidedIn('Los Stakeholders del proceso', rules).map((r) => r.avoid), ['stakeholders']);
	assert.deepEqual(avoidedIn('Cada stakeholder: uno', rules).map((r) => r.use), ['Parte interesada']);
	assert.deepEqual(avoidedIn('Las partes interesadas del proceso', rules), []);
	assert.deepEqual(avoidedIn('multistakeholder', rules), []);
});

/** The frontmatter without what is a key for the build, not words readers see (phase, step ids, addresses). */
function readerFacingFrontmatter({ phase, caseStudy, ...rest }: Record<string, unknown>) {
	if (!caseStudy) return rest;
	const { steps, sources, ...facts } = caseStudy as { steps?: unknown; sources?: { title: string }[] };
	return { ...rest, ...facts, sources: sources?.map((source) => source.title) };
}

/** Every text a reader meets in one language: pages, interface strings, checklist items. */
function textsIn(lang: string): { file: string; text: string }[] {
	const fromPages = pages(lang).map((page) => ({
		file: page.file,
		text: [JSON.stringify(readerFacingFrontmatter(page.frontmatter)), ...prose(page.body)].join('\n'),
	}));
	const uiStrings = { file: `content/i18n/${lang}.json`, text: Object.values(readYaml(join(root, 'content', 'i18n', `${lang}.json`)) as object).join('\n') };
	const checklistDir = join(root, 'content', 'checklists');
	const checklists = readdirSync(checklistDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => {
			const { items } = readYaml(join(checklistDir, file)) as { items: { text: Record<string, string> }[] };
			return { file: `content/checklists/${file}`, text: items.map((item) => item.text[lang]).join('\n') };
		});
	return [...fromPages, uiStrings, ...checklists];
}

for (const lang of languageCodes) {
	const rules = avoidRules(glossary, lang);
	if (rules.length === 0) continue;
	test(`${lang} pages use the glossary's terms, never the forms it lists to avoid`, () => {
		const problems = textsIn(lang).flatMap(({ file, text }) =>
			avoidedIn(text, rules).map(({ avoid, use }) => `${file} uses "${avoid}": write "${use}" instead (see content/glossary.yaml).`),
		);
		assert.deepEqual(problems, []);
	});
}
