import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyOfTheGuide } from './project.ts';

// Each case adds one contributor mistake to a copy of the guide and checks that `astro build` fails,
// naming the file and what to fix.
const cases = [
	{
		name: 'a wrong type of a guide field',
		file: 'content/docs/en/zz-wrong-step.mdx',
		text: '---\ntitle: A step\ndescription: A step page.\nphase: prework\nstep: two\noutputs: [A plan]\nroles: [Facilitator]\ntime: { preparation: 1 hour, session: 1 hour }\n---\n\nText.\n',
		expected: [/content\/docs\/en\/zz-wrong-step\.mdx/, /step: `step` must be a whole number without quotes/],
	},
	{
		name: 'a missing title',
		file: 'content/docs/es/zz-no-title.mdx',
		text: '---\ndescription: Una página sin título.\n---\n\nTexto.\n',
		expected: [/content\/docs\/es\/zz-no-title\.mdx/, /title: `title` is missing: add the page's title/],
	},
	{
		name: 'a missing interface string',
		file: 'content/i18n/es.json',
		text: '{ "guide.name": "Guía de participación" }\n',
		expected: [/i18n → es/, /"guide.tagline" is missing: every language file in content\/i18n\/ needs it/],
	},
	{
		name: 'a YAML mistake in the glossary',
		file: 'content/glossary.yaml',
		append: 'broken-term:\n  term:\n    en: Input: what you need\n',
		expected: [/content\/glossary\.yaml is not valid YAML/, /line \d+, column \d+/, /must be put in double quotes/],
	},
	{
		name: 'a checklist item without its Spanish text',
		file: 'content/checklists/prework/identify-stakeholders.yaml',
		append: '  - id: an-english-only-item\n    text:\n      en: Only in English.\n',
		expected: [/checklists → prework\/identify-stakeholders/, /item `an-english-only-item`: the es text is missing: add a line `es: …`/],
	},
	{
		name: 'a duplicated checklist item id',
		file: 'content/checklists/prework/set-the-objective.yaml',
		append: '  - id: twice\n    text:\n      en: One.\n      es: Uno.\n  - id: twice\n    text:\n      en: Two.\n      es: Dos.\n',
		expected: [/checklists → prework\/set-the-objective/, /the item id `twice` is used twice in this file/],
	},
	{
		name: 'a checklist for a step that does not exist',
		file: 'content/checklists/prework/no-such-step.yaml',
		text: 'items:\n  - id: lost-item\n    text:\n      en: Lost.\n      es: Perdido.\n',
		expected: [/content\/checklists\/prework\/no-such-step\.yaml \(items lost-item\) points to a step that does not exist/],
	},
	{
		name: 'a link to a heading that does not exist',
		file: 'content/docs/en/zz-broken-anchor.mdx',
		text: '---\ntitle: Broken anchor\ndescription: A page with a link to a missing section.\n---\n\nSee [the León case](/en/case-studies/leon/#no-such-section).\n',
		expected: [/en\/zz-broken-anchor/, /\/en\/case-studies\/leon\/#no-such-section/],
	},
	{
		name: 'a broken internal link',
		file: 'content/docs/en/zz-broken-link.mdx',
		text: '---\ntitle: Broken link\ndescription: A page with a link to nowhere.\n---\n\nSee [the missing page](/en/no-such-page/).\n',
		expected: [/en\/zz-broken-link/, /\/en\/no-such-page\//],
	},
];

for (const { name, file, text, append, expected } of cases as { name: string; file: string; text?: string; append?: string; expected: RegExp[] }[]) {
	test(`the build fails on ${name}, naming the file and the fix`, () => {
		const guide = copyOfTheGuide();
		try {
			if (text !== undefined) guide.write(file, text);
			if (append !== undefined) guide.append(file, append);
			const { status, output } = guide.build();
			assert.notEqual(status, 0, `the build should have failed:\n${output}`);
			for (const pattern of expected) assert.match(output, pattern);
		} finally {
			guide.remove();
		}
	});
}
