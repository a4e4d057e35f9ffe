// The printed plan's layout filled with a plan's answers: what the printed plan, the promise card and the Word
// document show. Apart from model.ts so that the page's first code does not carry it (printout.ts and docx.ts come
// later, when a reader prints or saves a document).
import {
	headerKey,
	isChosen,
	methodFieldKey,
	nameKey,
	promiseKey,
	sayKey,
	type Answers,
	type FilledField,
	type FilledMethod,
	type LayoutField,
	type LayoutMethods,
	type PrintLayout,
} from './model.ts';

/** An answer as it prints: its text, trimmed, or the label of the value chosen; '' for none. */
function printedAnswer(field: LayoutField, answers: Answers) {
	const answer = answers[field.key]?.trim() ?? '';
	if (!field.choices) return answer;
	return field.choices.find(({ value }) => value !== '' && value === answer)?.label ?? '';
}

/** The methods of the cards that the plan has chosen, in the order of the cards, each with its fields filled. */
export function chosenMethods(methods: LayoutMethods, answers: Answers): FilledMethod[] {
	return methods.cards
		.filter(({ slug }) => isChosen(answers, slug))
		.map(({ slug, title, lang }) => ({
			slug,
			title,
			lang,
			fields: methods.fields.map(({ field, label }) => {
				const key = methodFieldKey(slug, field);
				return { key, label, answer: answers[key]?.trim() ?? '' };
			}),
		}));
}

/**
 * The printed plan with a plan's answers in it (an answer with nothing but spaces counts as none; a choice prints
 * as its label), and in the part that offers the method cards, the methods chosen.
 */
export function fillLayout(layout: PrintLayout, answers: Answers) {
	const fill = (field: LayoutField): FilledField => ({ ...field, answer: printedAnswer(field, answers) });
	return {
		...layout,
		header: layout.header.map(fill),
		parts: layout.parts.map(({ methods, ...part }) => ({
			...part,
			fields: part.fields.map(fill),
			chosen: methods ? chosenMethods(methods, answers) : [],
		})),
	};
}
export type FilledPlan = ReturnType<typeof fillLayout>;

/**
 * The promise card, to hand to participants: the process's name, how much say they get, the three promises, the
 * organisation and whom to contact, and the guide's credit. Its fields are the plan's own, with the plan's labels.
 */
export function promiseCard(layout: PrintLayout, answers: Answers) {
	const filled = fillLayout(layout, answers);
	const fields = new Map([...filled.header, ...filled.parts.flatMap((part) => part.fields)].map((f) => [f.key, f]));
	const field = (key: string): FilledField => fields.get(key) ?? { key, label: '', answer: '' };
	return {
		title: layout.card.title,
		process: field(nameKey).answer,
		say: { ...field(sayKey), label: layout.card.say },
		promises: (['use', 'decides', 'hearBack'] as const).map((name) => field(promiseKey(name))),
		organisation: field(headerKey('organisation')),
		contact: field(promiseKey('contact')),
		credit: layout.credit,
		address: layout.address,
	};
}
export type PromiseCard = ReturnType<typeof promiseCard>;
