// The plan as a Word document (.docx) that a partner can edit: made in the browser from the plan's answers and the
// printed plan's layout, so that it holds the same parts, headings and answers in the page's language. Loaded only
// when the reader asks for it.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { fillLayout, type Plan, type PrintLayout } from '../../common/plan/model.ts';

/** An answer's lines as paragraphs; an empty answer as an empty paragraph to write in. */
const answerParagraphs = (answer: string) =>
	answer ? answer.split('\n').map((line) => new Paragraph({ text: line })) : [new Paragraph({ text: '' })];

export function planDocx(layout: PrintLayout, plan: Plan, language: string): Promise<Blob> {
	const filled = fillLayout(layout, plan.answers);
	const children: Paragraph[] = [
		new Paragraph({ text: filled.guide }),
		new Paragraph({ text: filled.title, heading: HeadingLevel.TITLE }),
		...filled.header.map(
			({ label, answer }) =>
				new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(answer)] }),
		),
	];
	for (const part of filled.parts) {
		children.push(
			new Paragraph({ text: part.title, heading: HeadingLevel.HEADING_1 }),
			new Paragraph({ children: [new TextRun({ text: part.about, italics: true })] }),
		);
		for (const field of part.fields)
			children.push(
				new Paragraph({ text: field.label, heading: HeadingLevel.HEADING_2 }),
				...answerParagraphs(field.answer),
			);
		// Each method chosen from the cards, by its title, with its own fields.
		for (const method of part.chosen) {
			children.push(new Paragraph({ text: method.title, heading: HeadingLevel.HEADING_2 }));
			for (const field of method.fields)
				children.push(
					new Paragraph({ text: field.label, heading: HeadingLevel.HEADING_3 }),
					...answerParagraphs(field.answer),
				);
		}
	}
	children.push(
		new Paragraph({ text: '' }),
		...[filled.credit, filled.address].map(
			(line) => new Paragraph({ children: [new TextRun({ text: line, size: 16 })] }),
		),
	);
	return Packer.toBlob(
		new Document({
			title: filled.title,
			styles: { default: { document: { run: { language: { value: language } } } } },
			sections: [{ children }],
		}),
	);
}
