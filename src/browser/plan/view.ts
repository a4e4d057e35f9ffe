// The plan page's form and tools as the reader sees them: the fields, the list of plans, the line that says when
// the plan was saved, the message area and the clash boxes. It only shows; page.ts decides what.
import { chosen, methodFieldKey, type LayoutMethods, type Plan } from '../../common/plan/model.ts';

/**
 * One answer's control: a text field, a checkbox (a method chosen: `chosen`, or '' unticked) or a group of radio
 * buttons in a fieldset (the value of the one checked). Typing, ticking and choosing all fire `input` on it.
 */
export class Field {
	constructor(readonly element: HTMLElement) {}

	private get radios() {
		return [...this.element.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
	}

	get value(): string {
		const { element } = this;
		if (element instanceof HTMLInputElement && element.type === 'checkbox') return element.checked ? chosen : '';
		if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
		return this.radios.find((radio) => radio.checked)?.value ?? '';
	}

	set value(text: string) {
		const { element } = this;
		if (element instanceof HTMLInputElement && element.type === 'checkbox') element.checked = text === chosen;
		else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) element.value = text;
		else for (const radio of this.radios) radio.checked = radio.value === text;
	}

	focus() {
		const target = this.radios.find((radio) => radio.checked) ?? this.radios[0] ?? this.element;
		target.focus();
	}
}

/**
 * Gives each method card offered in the form the fields a chosen method brings, from the printed plan's layout, so
 * that the page's HTML carries them once (in the layout) rather than once per card. They show while it is ticked.
 */
export function addMethodFields(root: HTMLElement, methods: LayoutMethods) {
	for (const { slug, recruit } of methods.cards) {
		const card = root.querySelector<HTMLElement>(`[data-method="${CSS.escape(slug)}"]`);
		if (!card) continue;
		const fields = document.createElement('div');
		fields.className = 'plan-method-fields';
		for (const { field, label } of methods.fields) {
			const wrapper = document.createElement('label');
			const input = document.createElement('textarea');
			input.dataset.field = methodFieldKey(slug, field);
			input.rows = 2;
			wrapper.append(label, input);
			fields.append(wrapper);
			if (field === 'recruit' && recruit) {
				const hint = document.createElement('small');
				hint.id = `plan-${slug}-recruit-hint`;
				hint.textContent = recruit;
				input.setAttribute('aria-describedby', hint.id);
				wrapper.after(hint);
			}
		}
		card.append(fields);
	}
}

export interface Action {
	label: string;
	run: () => void;
}

function button(label: string, run: () => void) {
	const made = document.createElement('button');
	made.type = 'button';
	made.className = 'guide-button';
	made.textContent = label;
	made.addEventListener('click', run);
	return made;
}

export class PlanView {
	readonly fields: Map<string, Field>;
	private readonly choice: HTMLSelectElement;
	private readonly savedLine: HTMLElement;
	private readonly message: HTMLElement;

	constructor(readonly root: HTMLElement) {
		this.fields = new Map(
			[...root.querySelectorAll<HTMLElement>('.plan-form [data-field]')].map((field) => [
				field.dataset.field!,
				new Field(field),
			]),
		);
		this.choice = this.find('[data-plan-choice]');
		this.savedLine = this.find('[data-plan-saved]');
		this.message = this.find('[data-plan-message]');
	}

	find<T extends HTMLElement>(selector: string) {
		return this.root.querySelector<T>(selector)!;
	}

	get chosenId() {
		return this.choice.value;
	}

	showAnswer(key: string, text: string) {
		const field = this.fields.get(key);
		if (field) field.value = text;
	}

	showChoices(plans: Plan[], shownId: string, nameOf: (plan: Plan) => string) {
		this.choice.replaceChildren(...plans.map((plan) => new Option(nameOf(plan), plan.id, false, plan.id === shownId)));
		this.choice.value = shownId;
	}

	renameShown(name: string) {
		const shown = this.choice.selectedOptions[0];
		if (shown) shown.text = name;
	}

	showSaved(text: string) {
		this.savedLine.textContent = text;
	}

	say(text: string, action?: Action) {
		this.message.replaceChildren(text);
		if (action)
			this.message.append(
				' ',
				button(action.label, () => {
					this.clearMessage();
					action.run();
				}),
			);
	}

	clearMessage() {
		this.message.replaceChildren();
	}

	/** Both answers, where another tab saved one answer while this tab had a different one not yet saved. */
	showClash(key: string, text: string, choices: { useTheirs: Action; keepMine: Action }) {
		const field = this.fields.get(key);
		if (!field) return;
		// After the field's label (or paragraph) rather than in it: a label must not hold the buttons.
		const question = field.element.closest('label, p') ?? field.element;
		if (question.nextElementSibling?.classList.contains('plan-conflict')) question.nextElementSibling.remove();
		const box = document.createElement('div');
		box.className = 'plan-conflict';
		box.setAttribute('role', 'alert');
		const said = document.createElement('p');
		said.textContent = text;
		const buttons = document.createElement('p');
		buttons.className = 'guide-buttons';
		const choose = ({ label, run }: Action) =>
			button(label, () => {
				box.remove();
				run();
				field.focus();
			});
		buttons.append(choose(choices.useTheirs), choose(choices.keepMine));
		box.append(said, buttons);
		question.after(box);
	}

	clearClashes() {
		this.root.querySelectorAll('.plan-conflict').forEach((clash) => clash.remove());
	}
}
