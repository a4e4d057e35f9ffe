// The plan as the parts of a Word document (.docx, Office Open XML), from the printed plan's layout filled with a
// plan's answers: the same parts, headings and answers, in the page's language. Pure text, so that it is tested
// without a browser; src/browser/plan/docx.ts zips it. A handful of XML files, instead of a 200 KB library that
// every reader who saves the guide offline would download.
import type { FilledPlan } from './filled-plan.ts';

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const officeRelationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text as XML: its markup characters escaped, and the control characters XML cannot hold left out. */
export const xmlText = (text: string) =>
	text
		// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** In half-points: 16 is 8 pt. */
	size?: number;
}

type Style = 'Title' | 'Heading1' | 'Heading2' | 'Heading3';

function paragraph(runs: Run[], style: Style | undefined, rightToLeft: boolean) {
	const properties = [style && `<w:pStyle w:val="${style}"/>`, rightToLeft && '<w:bidi/>'].filter(Boolean).join('');
	const body = runs
		.map(({ text, bold, italic, size }) => {
			const format = [
				bold && '<w:b/>',
				italic && '<w:i/>',
				size && `<w:sz w:val="${size}"/>`,
				rightToLeft && '<w:rtl/>',
			]
				.filter(Boolean)
				.join('');
			return `<w:r>${format && `<w:rPr>${format}</w:rPr>`}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
		})
		.join('');
	return `<w:p>${properties && `<w:pPr>${properties}</w:pPr>`}${body}</w:p>`;
}

/** The files of the .docx, by their path in the archive. */
export function wordDocumentFiles(filled: FilledPlan, language: string, rightToLeft = false): Record<string, string> {
	const p = (runs: Run[] | string, style?: Style) =>
		paragraph(typeof runs === 'string' ? [{ text: runs }] : runs, style, rightToLeft);
	// An answer's lines as paragraphs; an empty answer as an empty paragraph to write in.
	const answer = (text: string) => (text ? text.split('\n').map((line) => p(line)) : [p('')]);
	const body = [
		p(filled.guide),
		p(filled.title, 'Title'),
		...filled.header.map(({ label, answer: text }) => p([{ text: `${label}: `, bold: true }, { text }])),
		...filled.parts.flatMap((part) => [
			p(part.title, 'Heading1'),
			p([{ text: part.about, italic: true }]),
			...part.fields.flatMap((field) => [p(field.label, 'Heading2'), ...answer(field.answer)]),
			// Each method chosen from the cards, by its title, with its own fields.
			...part.chosen.flatMap((method) => [
				p(method.title, 'Heading2'),
				...method.fields.flatMap((field) => [p(field.label, 'Heading3'), ...answer(field.answer)]),
			]),
		]),
		p(''),
		...[filled.credit, filled.address].map((line) => p([{ text: line, size: 16 }])),
	].join('');
	const style = (id: Style, name: string, size: number, level: number) =>
		`<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${level >= 0 ? `<w:outlineLvl w:val="${level}"/>` : ''}</w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
	return {
		'[Content_Types].xml': `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
		'_rels/.rels': `${xmlHead}<Relationships xmlns="${relationships}"><Relationship Id="rId1" Type="${officeRelationships}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="${relationships}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
		'docProps/core.xml': `${xmlHead}<cp:coreProperties xmlns:cp="${relationships}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(filled.title)}</dc:title><dc:language>${xmlText(language)}</dc:language></cp:coreProperties>`,
		'word/_rels/document.xml.rels': `${xmlHead}<Relationships xmlns="${relationships}"><Relationship Id="rId1" Type="${officeRelationships}/styles" Target="styles.xml"/></Relationships>`,
		'word/styles.xml': `${xmlHead}<w:styles xmlns:w="${wordNamespace}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:lang w:val="${xmlText(language)}" w:bidi="${xmlText(language)}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${style('Title', 'Title', 48, -1)}${style('Heading1', 'heading 1', 32, 0)}${style('Heading2', 'heading 2', 24, 1)}${style('Heading3', 'heading 3', 22, 2)}</w:styles>`,
		'word/document.xml': `${xmlHead}<w:document xmlns:w="${wordNamespace}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
	};
}
