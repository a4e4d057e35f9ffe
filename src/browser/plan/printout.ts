// The printed plan, drawn in the browser from its layout (the JSON the page carries) rather than sent as a second
// copy of the plan in the page's HTML. It shows only on paper; the form is what shows on screen.
import type { Answers, LayoutField, PrintLayout } from '../../common/plan/model.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
	const made = document.createElement(tag);
	if (className) made.className = className;
	if (text !== undefined) made.textContent = text;
	return made;
}

/** Where an answer goes: its text, or ruled lines to write on by hand while it is empty. */
function answerBox(tag: 'dd' | 'div', textTag: 'span' | 'p', lines: number) {
	const box = element(tag, 'plan-answer');
	const text = element(textTag, 'plan-text');
	const ruled = element('span', 'plan-lines');
	ruled.setAttribute('aria-hidden', 'true');
	for (let line = 0; line < lines; line++) ruled.append(element('span'));
	box.append(text, ruled);
	return { box, text };
}

export interface Printout {
	element: HTMLElement;
	/** Shows one answer, or the lines to write it on where it is empty. */
	show(key: string, answer: string): void;
	/** Shows a whole plan's answers. */
	showAll(answers: Answers): void;
}

export function drawPrintout(layout: PrintLayout): Printout {
	const answers = new Map<string, { box: HTMLElement; text: HTMLElement }>();
	const article = element('article', 'plan-document not-content');

	const header = element('header');
	const terms = element('dl');
	for (const { key, label } of layout.header) {
		const answer = answerBox('dd', 'span', 1);
		answers.set(key, answer);
		terms.append(element('dt', undefined, label), answer.box);
	}
	header.append(element('p', 'plan-guide', layout.guide), element('h2', undefined, layout.title), terms);
	article.append(header);

	const titled = ({ label, lang }: LayoutField) => {
		const heading = element('h4', undefined, label);
		if (lang) heading.lang = lang;
		return heading;
	};
	for (const part of layout.parts) {
		const section = element('section', 'plan-part');
		section.append(element('h3', undefined, part.title), element('p', 'plan-about', part.about));
		for (const field of part.fields) {
			const answer = answerBox('div', 'p', 3);
			answers.set(field.key, answer);
			const wrapper = element('div', 'plan-field');
			wrapper.append(titled(field), answer.box);
			section.append(wrapper);
		}
		article.append(section);
	}

	const footer = element('footer', 'plan-footer');
	const credit = element('p', undefined, layout.credit);
	const address = element('a', undefined, layout.address);
	address.href = layout.address;
	credit.append(element('br'), address);
	footer.append(credit);
	article.append(footer);

	const show = (key: string, answer: string) => {
		const shown = answers.get(key);
		if (!shown) return;
		shown.text.textContent = answer;
		shown.box.toggleAttribute('data-filled', answer.trim() !== '');
	};
	return {
		element: article,
		show,
		showAll: (plan) => answers.forEach((_, key) => show(key, plan[key] ?? '')),
	};
}
