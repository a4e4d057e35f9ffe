// The headings that every step page or every method card repeats weigh in the search as plain text; a page's own
// headings, and the same words on other pages, keep their weight (src/lib/markdown-search-weights.ts).
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { kindOfPage, searchWeights } from '../../src/lib/markdown-search-weights.ts';
import { stringsByLanguage } from '../../src/lib/ui-strings.ts';

const plugin = searchWeights(stringsByLanguage());
const render = async (file: string, markdown: string) =>
	(await markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: pathToFileURL(`/guide/content/docs/${file}`) }))
		.html;

test('a step page’s and a method card’s template headings weigh as text, in each language', async () => {
	const step = await render(
		'es/process/execution/build-trust.mdx',
		'## Preguntas que conviene hacerte\n\n## Escribe la convocatoria\n',
	);
	assert.match(step, /<h2 data-pagefind-weight="1"[^>]*>Preguntas que conviene hacerte</);
	assert.doesNotMatch(step, /data-pagefind-weight="1"[^>]*>Escribe la convocatoria/);
	const card = await render('en/methods/survey.mdx', '## Consent and safety\n');
	assert.match(card, /<h2 data-pagefind-weight="1"[^>]*>Consent and safety</);
});

test('other pages keep the weight of headings that happen to read the same', async () => {
	assert.doesNotMatch(await render('en/best-practices.mdx', '## Pitfalls\n'), /data-pagefind-weight/);
	assert.doesNotMatch(await render('en/process/execution/index.mdx', '## Pitfalls\n'), /data-pagefind-weight/);
	// A card's heading on a step page is the step's own.
	assert.doesNotMatch(
		await render('en/process/execution/build-trust.mdx', '## Consent and safety\n'),
		/data-pagefind-weight/,
	);
});

test('a page’s kind and language come from where its file is', () => {
	assert.deepEqual(kindOfPage('/x/content/docs/ur/process/prework/understand-the-problem.mdx'), {
		kind: 'step',
		language: 'ur',
	});
	assert.deepEqual(kindOfPage('C:\\x\\content\\docs\\es\\methods\\survey.mdx'), { kind: 'method', language: 'es' });
	assert.equal(kindOfPage('/x/content/docs/en/methods/index.mdx'), undefined);
	assert.equal(kindOfPage('/x/content/docs/en/process/prework/index.mdx'), undefined);
});
