// The printed plan, drawn in the browser from its layout (the JSON the page carries) rather than sent as a second
// copy of the plan in the page's HTML. It shows only on paper; the form is what shows on screen.
import {
	chosen,
	methodFieldKey,
	methodKey,
	type Answers,
	type FilledField,
	type LayoutField,
	type LayoutMethods,
	type PrintLayout,
} from '../../common/plan/model.ts';
import { type PromiseCard } from '../../common/plan/filled-plan.ts';
export { promiseCard } from '../../common/plan/filled-plan.ts';
import printStyles from '../../styles/plan-print.css?url';

/** Adds the printed plan's style sheet to the page, once it has loaded (a plan drawn before it would print unstyled). */
export function addPrintStyles(): Promise<void> {
	const sheet = document.createElement('link');
	sheet.rel = 'stylesheet';
	sheet.href = printStyles;
	return new Promise((resolve, reject) => {
		sheet.addEventListener('load', () => resolve());
		sheet.addEventListener('error', () => reject(new Error(`The printed plan's styles did not load: ${printStyles}`)));
		document.head.append(sheet);
	});
}

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

/** A box to tick by hand, before a choice's label. */
const box = () => {
	const made = element('span', 'plan-box');
	made.setAttribute('aria-hidden', 'true');
	return made;
};

export function drawPrintout(layout: PrintLayout): Printout {
	const answers = new Map<string, { box: HTMLElement; text: HTMLElement }>();
	/** What shows an answer that is not text: a choice, or a method ticked. */
	const shows = new Map<string, (answer: string) => void>();
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
	/** A choice prints as its label; while none is made (and on the blank plan), as every label with a box to tick. */
	const choice = (field: LayoutField) => {
		const list = element('ul', 'plan-choices');
		const items = (field.choices ?? [])
			.filter(({ value }) => value !== '')
			.map(({ value, label }) => {
				const item = element('li');
				item.dataset.value = value;
				item.append(box(), label);
				return item;
			});
		list.append(...items);
		shows.set(field.key, (answer) => {
			for (const item of items) item.toggleAttribute('data-chosen', item.dataset.value === answer);
			list.toggleAttribute(
				'data-filled',
				items.some((item) => item.dataset.value === answer),
			);
		});
		return list;
	};
	const textField = (field: LayoutField, lines = 3) => {
		const answer = answerBox('div', 'p', lines);
		answers.set(field.key, answer);
		return answer.box;
	};
	const fieldOf = (field: LayoutField) => {
		const wrapper = element('div', 'plan-field');
		wrapper.append(titled(field), field.choices ? choice(field) : textField(field));
		return wrapper;
	};
	/** Every chosen method with its fields; while none is chosen (and on the blank plan), every card to tick, and a blank method. */
	const methodsOf = (methods: LayoutMethods) => {
		const all = element('div', 'plan-doc-methods');
		const pick = element('div', 'plan-method-pick plan-field');
		const list = element('ul', 'plan-choices');
		for (const { title, lang } of methods.cards) {
			const item = element('li');
			if (lang) item.lang = lang;
			item.append(box(), title);
			list.append(item);
		}
		pick.append(element('h4', undefined, methods.pick), list);
		const blank = element('section', 'plan-doc-method plan-method-blank');
		const blankTitle = element('h4');
		blankTitle.append(methods.blank, element('span', 'plan-title-line'));
		blank.append(blankTitle);
		for (const { label } of methods.fields) {
			const wrapper = element('div', 'plan-field');
			wrapper.append(element('h5', undefined, label), answerBox('div', 'p', 2).box);
			blank.append(wrapper);
		}
		const sections = methods.cards.map(({ slug, title, lang }) => {
			const section = element('section', 'plan-doc-method');
			const heading = element('h4', undefined, title);
			if (lang) heading.lang = lang;
			section.append(heading);
			for (const { field, label } of methods.fields) {
				const wrapper = element('div', 'plan-field');
				wrapper.append(element('h5', undefined, label), textField({ key: methodFieldKey(slug, field), label }, 2));
				section.append(wrapper);
			}
			shows.set(methodKey(slug), (answer) => {
				section.toggleAttribute('data-chosen', answer === chosen);
				all.toggleAttribute(
					'data-chosen',
					sections.some((made) => made.hasAttribute('data-chosen')),
				);
			});
			return section;
		});
		all.append(pick, ...sections, blank);
		return all;
	};
	for (const part of layout.parts) {
		const section = element('section', 'plan-part');
		section.append(element('h3', undefined, part.title), element('p', 'plan-about', part.about));
		section.append(...part.fields.map(fieldOf));
		if (part.methods) section.append(methodsOf(part.methods));
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
		shows.get(key)?.(answer);
		const shown = answers.get(key);
		if (!shown) return;
		shown.text.textContent = answer;
		shown.box.toggleAttribute('data-filled', answer.trim() !== '');
	};
	return {
		element: article,
		show,
		showAll: (plan) => [...answers.keys(), ...shows.keys()].forEach((key) => show(key, plan[key] ?? '')),
	};
}

/**
 * The promise card, half a sheet, to hand to participants: drawn from the plan when the reader prints it. A field
 * with no answer has a line to write on by hand.
 */
export function drawPromiseCard(card: PromiseCard): HTMLElement {
	const made = element('article', 'plan-card');
	const line = ({ label, answer }: FilledField, tag: 'p' | 'div' = 'p') => {
		const said = element(tag, 'plan-card-line');
		said.append(element('strong', undefined, `${label}: `));
		if (answer) said.append(element('span', 'plan-text', answer));
		else said.append(element('span', 'plan-title-line'));
		return said;
	};
	const title = element('h2', undefined, card.title);
	const process = element('p', 'plan-card-process', card.process);
	if (!card.process) process.append(element('span', 'plan-title-line'));
	made.append(title, process, line(card.say), ...card.promises.map((promise) => line(promise, 'div')));
	made.append(line(card.organisation), line(card.contact));
	const credit = element('p', 'plan-card-credit', card.credit);
	credit.append(element('br'), card.address);
	made.append(credit);
	return made;
}
