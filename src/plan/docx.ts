// The plan as a Word document (.docx) that a partner can edit: made in the browser from the printed plan, so that it
// holds the same parts, headings and answers in the page's language. Loaded only when the reader asks for it.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const textOf = (element: Element | null) => element?.textContent?.trim() ?? '';

/** What the reader wrote in one answer of the printed plan (`.plan-answer`), or nothing. */
const answerText = (element: Element | null) =>
	element?.hasAttribute('data-filled') ? textOf(element.querySelector('.plan-text')) : '';

/** An answer's lines as paragraphs; an empty answer as an empty paragraph to write in. */
const answer = (element: Element | null) => {
	const text = answerText(element);
	return text ? text.split('\n').map((line) => new Paragraph({ text: line })) : [new Paragraph({ text: '' })];
};

export function planDocx(planDocument: HTMLElement): Promise<Blob> {
	const children: Paragraph[] = [
		new Paragraph({ text: textOf(planDocument.querySelector('.plan-guide')) }),
		new Paragraph({ text: textOf(planDocument.querySelector('h2')), heading: HeadingLevel.TITLE }),
	];
	for (const term of planDocument.querySelectorAll('header dt')) {
		const text = answerText(term.nextElementSibling);
		children.push(
			new Paragraph({ children: [new TextRun({ text: `${textOf(term)}: `, bold: true }), new TextRun(text)] }),
		);
	}
	for (const part of planDocument.querySelectorAll('.plan-part')) {
		children.push(
			new Paragraph({ text: textOf(part.querySelector('h3')), heading: HeadingLevel.HEADING_1 }),
			new Paragraph({ children: [new TextRun({ text: textOf(part.querySelector('.plan-about')), italics: true })] }),
		);
		for (const field of part.querySelectorAll('.plan-field')) {
			children.push(
				new Paragraph({ text: textOf(field.querySelector('h4')), heading: HeadingLevel.HEADING_2 }),
				...answer(field.querySelector('.plan-answer')),
			);
		}
	}
	const footer = planDocument.querySelector('.plan-footer p');
	children.push(
		new Paragraph({ text: '' }),
		...[...(footer?.childNodes ?? [])]
			.map((node) => node.textContent?.trim() ?? '')
			.filter(Boolean)
			.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 16 })] })),
	);
	const language = document.documentElement.lang;
	return Packer.toBlob(
		new Document({
			title: textOf(planDocument.querySelector('h2')),
			styles: { default: { document: { run: { language: { value: language } } } } },
			sections: [{ children }],
		}),
	);
}
