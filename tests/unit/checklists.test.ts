import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pages, readYaml, root } from '../../src/lib/content.ts';
import { languageCodes } from '../../src/languages.ts';

const dir = join(root, 'content', 'checklists');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
const checklists = files.map((file) => ({
	file: `content/checklists/${file}`,
	step: file.replace(/\.yaml$/, ''),
	items: (readYaml(join(dir, file)) as { items: { id: string; text: Record<string, string> }[] }).items,
}));

test('every checklist item has its text in every language', () => {
	const missing = checklists.flatMap(({ file, items }) =>
		items.flatMap(({ id, text }) => languageCodes.filter((lang) => !text?.[lang]?.trim()).map((lang) => `${file}: item ${id} has no ${lang} text`)),
	);
	assert.deepEqual(missing, []);
});

test('every step page has a checklist, and every checklist a step page, in every language', () => {
	for (const lang of languageCodes) {
		const steps = pages(lang)
			.filter((page) => /^process\/[^/]+\/[^/]+$/.test(page.slug))
			.map((page) => page.slug.replace(/^process\//, ''))
			.sort();
		assert.deepEqual(checklists.map(({ step }) => step).sort(), steps, `${lang}: step pages and checklist files differ`);
	}
});

test('the framework’s seven stakeholder questions and seven plan contents are checklist items', () => {
	const count = (step: string) => checklists.find((checklist) => checklist.step === step)!.items.length;
	assert.ok(count('prework/identify-stakeholders') >= 7);
	assert.ok(count('execution/write-the-plan') >= 7);
});
