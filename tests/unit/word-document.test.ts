import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PrintLayout } from '../../src/common/plan/model.ts';
import { fillLayout } from '../../src/common/plan/filled-plan.ts';
import { wordDocumentFiles, xmlText } from '../../src/common/plan/word-document.ts';

const layout: PrintLayout = {
	guide: 'Participation Guide',
	title: 'Participation plan',
	header: [{ key: 'process.name', label: 'Name of the process' }],
	parts: [
		{
			title: '1. Purpose and objectives',
			about: 'Why the process exists.',
			fields: [{ key: 'prework/set-the-objective#1', label: 'The objective' }],
		},
		{
			title: '3. Methods and techniques',
			about: 'How you will gather input.',
			fields: [],
			methods: {
				pick: 'Tick the methods you will use',
				blank: 'Another method',
				fields: [{ field: 'groups', label: 'The groups it serves' }],
				cards: [
					{ slug: 'focus-group', title: 'Focus group' },
					{ slug: 'survey', title: 'Survey' },
				],
			},
		},
	],
	credit: 'Participation Guide · English',
	address: 'https://example.org/en/plan/',
	card: { title: 'Our promise to you', say: 'How much say you get' },
};

test('the Word document holds the plan: its title, parts as headings, every answer line as a paragraph', () => {
	const files = wordDocumentFiles(
		fillLayout(layout, {
			'process.name': 'Youth <forum> & "jobs"',
			'prework/set-the-objective#1': 'Hear\nyoung people',
		}),
		'en',
	);
	assert.deepEqual(Object.keys(files).sort(), [
		'[Content_Types].xml',
		'_rels/.rels',
		'docProps/core.xml',
		'word/_rels/document.xml.rels',
		'word/document.xml',
		'word/styles.xml',
	]);
	const document = files['word/document.xml']!;
	assert.match(document, /<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">Participation plan</);
	assert.match(
		document,
		/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">1\. Purpose and objectives</,
	);
	assert.match(document, /Youth &lt;forum&gt; &amp; &quot;jobs&quot;/);
	assert.match(document, />Hear<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t xml:space="preserve">young people</);
	assert.match(files['word/styles.xml']!, /<w:lang w:val="en"/);
	for (const [path, xml] of Object.entries(files))
		assert.equal(xml.split('<').length, xml.split('>').length, `${path} has unbalanced markup`);
});

test('each method the plan chose from the cards comes by its title, with its own fields; the others do not', () => {
	const document = wordDocumentFiles(
		fillLayout(layout, { 'method.focus-group': 'yes', 'method.focus-group.groups': 'Market vendors' }),
		'en',
	)['word/document.xml']!;
	assert.match(document, /<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Focus group</);
	assert.match(document, /<w:pStyle w:val="Heading3"\/><\/w:pPr><w:r><w:t xml:space="preserve">The groups it serves</);
	assert.match(document, />Market vendors</);
	assert.doesNotMatch(document, />Survey</);
});

test('an empty answer leaves a paragraph to write in, and a right-to-left plan marks its paragraphs', () => {
	const document = wordDocumentFiles(fillLayout(layout, {}), 'ur', true)['word/document.xml']!;
	assert.match(
		document,
		/The objective<\/w:t><\/w:r><\/w:p><w:p><w:pPr><w:bidi\/><\/w:pPr><w:r><w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve"><\/w:t>/,
	);
});

test('text that XML cannot hold is left out, and markup is escaped', () => {
	assert.equal(xmlText('a\u0001b<c>&"'), 'ab&lt;c&gt;&amp;&quot;');
});
