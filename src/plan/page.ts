// The plan page's script: it keeps what the reader types in the browser as they type, lets them keep several plans,
// save and open plan files, make a Word document and print. Nothing is sent anywhere.
import { newPlanId, planName, readPlanFile, toPlanFile, type Plan } from './plan-file.ts';
import * as store from './store.ts';

const saveDelay = 400;

const fill = (template = '', values: Record<string, string>) =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

const blankPlan = (): Plan => {
	const now = new Date().toISOString();
	return { id: newPlanId(), created: now, updated: now, answers: {} };
};

function download(blob: Blob, name: string) {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function startPlanPage() {
	const root = document.querySelector<HTMLElement>('[data-plan]');
	if (!root) return;
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
	const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const fields = new Map(
		[...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')].map((field) => [
			field.dataset.field!,
			field,
		]),
	);
	const choice = find<HTMLSelectElement>('[data-plan-choice]');
	const savedLine = find('[data-plan-saved]');
	const message = find('[data-plan-message]');
	const fileInput = find<HTMLInputElement>('[data-plan-file]');
	const time = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });

	let plan = blankPlan();
	/** The answers as last read from storage or written to it: what another tab's change is measured against. */
	let stored: Record<string, string> = {};
	/** Answers typed here and not written yet. */
	const pending = new Set<string>();
	let deletedElsewhere = false;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const say = (text: string, action?: { label: string; run: () => void }) => {
		message.replaceChildren(text);
		if (action) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'guide-button';
			button.textContent = action.label;
			button.addEventListener('click', () => {
				message.replaceChildren();
				action.run();
			});
			message.append(' ', button);
		}
	};
	const nameOf = (shown: Plan) => planName(shown) || strings.untitled!;

	const showAnswer = (key: string, text: string) => {
		const answer = root.querySelector<HTMLElement>(`[data-answer="${CSS.escape(key)}"]`);
		if (!answer) return;
		answer.querySelector('.plan-text')!.textContent = text;
		answer.toggleAttribute('data-filled', text.trim() !== '');
	};

	const showChoices = () => {
		const plans = store.listPlans();
		if (!plans.some(({ id }) => id === plan.id)) plans.unshift(plan);
		choice.replaceChildren(
			...plans.map(
				(listed) => new Option(nameOf(listed.id === plan.id ? plan : listed), listed.id, false, listed.id === plan.id),
			),
		);
		choice.value = plan.id;
	};

	const showSaved = () => {
		savedLine.textContent = store.loadPlan(plan.id)
			? fill(strings.saved, { time: time.format(new Date(plan.updated)) })
			: strings.notSavedYet!;
	};

	const show = (next: Plan) => {
		plan = next;
		stored = { ...next.answers };
		pending.clear();
		deletedElsewhere = false;
		root.querySelectorAll('.plan-conflict').forEach((conflict) => conflict.remove());
		for (const [key, field] of fields) field.value = next.answers[key] ?? '';
		root
			.querySelectorAll<HTMLElement>('[data-answer]')
			.forEach(({ dataset }) => showAnswer(dataset.answer!, next.answers[dataset.answer!] ?? ''));
		store.rememberPlanId(next.id);
		showChoices();
		showSaved();
	};

	const setAnswer = (key: string, text: string) => {
		plan.answers[key] = text;
		const field = fields.get(key);
		if (field) field.value = text;
		showAnswer(key, text);
	};

	/** Both answers, where another tab saved one answer while this tab had a different one not yet saved. */
	const showConflict = (key: string, theirs: string) => {
		const field = fields.get(key);
		if (!field) return;
		field.parentElement!.querySelector('.plan-conflict')?.remove();
		const box = document.createElement('div');
		box.className = 'plan-conflict';
		box.setAttribute('role', 'alert');
		const text = document.createElement('p');
		text.textContent = `${strings.conflict}\n${theirs}`;
		const use = Object.assign(document.createElement('button'), { type: 'button', className: 'guide-button' });
		use.textContent = strings.useOther!;
		use.addEventListener('click', () => {
			setAnswer(key, theirs);
			pending.add(key);
			box.remove();
			save();
			field.focus();
		});
		const keep = Object.assign(document.createElement('button'), { type: 'button', className: 'guide-button' });
		keep.textContent = strings.keepMine!;
		keep.addEventListener('click', () => {
			box.remove();
			field.focus();
		});
		const buttons = document.createElement('p');
		buttons.className = 'guide-buttons';
		buttons.append(use, keep);
		box.append(text, buttons);
		field.after(box);
	};

	/** Takes in what another tab saved of this plan; an answer typed here and not saved yet is never replaced. */
	const takeIn = (theirs: Plan) => {
		let changed = false;
		for (const key of new Set([...Object.keys(theirs.answers), ...Object.keys(stored)])) {
			const text = theirs.answers[key] ?? '';
			if (text === (stored[key] ?? '')) continue;
			stored[key] = text;
			if (pending.has(key) && plan.answers[key] !== text) showConflict(key, text);
			else if (plan.answers[key] !== text) {
				setAnswer(key, text);
				changed = true;
			}
		}
		plan.updated = theirs.updated;
		if (changed) say(strings.otherTab!);
	};

	function save() {
		clearTimeout(timer);
		timer = undefined;
		if (!pending.size || deletedElsewhere) return;
		const current = store.loadPlan(plan.id);
		if (current) takeIn(current);
		const next = { ...plan, answers: { ...plan.answers }, updated: new Date().toISOString() };
		if (!store.storePlan(next)) {
			say(strings.storageRefused!);
			return;
		}
		plan = next;
		stored = { ...next.answers };
		pending.clear();
		showSaved();
		store.rememberPlanId(plan.id);
	}

	for (const [key, field] of fields) {
		field.addEventListener('input', () => {
			plan.answers[key] = field.value;
			pending.add(key);
			showAnswer(key, field.value);
			if (key === 'process.name') choice.selectedOptions[0]!.text = nameOf(plan);
			clearTimeout(timer);
			timer = setTimeout(save, saveDelay);
		});
		field.addEventListener('change', save);
	}
	addEventListener('pagehide', save);
	document.addEventListener('visibilitychange', save);

	addEventListener('storage', (event) => {
		const id = store.planIdOfKey(event.key);
		if (event.key !== null && !id) return;
		// A null key: another tab cleared the whole storage.
		if (id === plan.id || event.key === null) {
			const theirs = event.key === null ? store.loadPlan(plan.id) : store.parseStored(event.newValue);
			if (theirs) takeIn(theirs);
			else if (Object.keys(stored).length > 0) {
				deletedElsewhere = true;
				say(strings.deletedElsewhere!, {
					label: strings.keep!,
					run: () => {
						deletedElsewhere = false;
						Object.keys(plan.answers).forEach((key) => pending.add(key));
						save();
						showChoices();
					},
				});
			}
		}
		showChoices();
		showSaved();
	});

	choice.addEventListener('change', () => {
		save();
		message.replaceChildren();
		show(store.loadPlan(choice.value) ?? blankPlan());
	});

	find('[data-plan-new]').addEventListener('click', () => {
		save();
		const fresh = blankPlan();
		if (!store.storePlan(fresh)) say(strings.storageRefused!);
		else message.replaceChildren();
		show(fresh);
		fields.get('process.name')?.focus();
	});

	find('[data-plan-delete]').addEventListener('click', () => {
		const name = nameOf(plan);
		if (!confirm(fill(strings.confirmDelete, { name }))) return;
		clearTimeout(timer);
		store.removePlan(plan.id);
		show(store.listPlans()[0] ?? blankPlan());
		say(fill(strings.deleted, { name }));
	});

	find('[data-plan-export]').addEventListener('click', () => {
		save();
		download(new Blob([toPlanFile(plan)], { type: 'application/json' }), `${fileName(nameOf(plan))}.plan.json`);
	});

	find('[data-plan-export-docx]').addEventListener('click', async () => {
		save();
		try {
			const { planDocx } = await import('./docx.ts');
			download(await planDocx(find('[data-plan-document]')), `${fileName(nameOf(plan))}.docx`);
		} catch {
			say(strings['error.docx']!);
		}
	});

	find('[data-plan-import]').addEventListener('click', () => fileInput.click());
	fileInput.addEventListener('change', async () => {
		const file = fileInput.files?.[0];
		fileInput.value = '';
		if (!file) return;
		const result = readPlanFile(await file.text());
		if ('problem' in result) {
			say(fill(strings[`error.${result.problem}`], { file: file.name }));
			return;
		}
		save();
		let opened = result.plan;
		const existing = store.loadPlan(opened.id);
		if (existing && !confirm(fill(strings.confirmReplace, { name: nameOf(existing) })))
			opened = { ...opened, id: newPlanId() };
		const kept = store.storePlan(opened);
		show(opened);
		say(kept ? fill(strings.imported, { name: nameOf(opened) }) : strings.storageRefused!);
	});

	find('[data-plan-print]').addEventListener('click', () => {
		save();
		print();
	});
	find('[data-plan-print-blank]').addEventListener('click', () => {
		root.classList.add('plan-blank');
		addEventListener('afterprint', () => root.classList.remove('plan-blank'), { once: true });
		print();
	});

	const remembered = store.rememberedPlanId();
	show((remembered && store.loadPlan(remembered)) || store.listPlans()[0] || blankPlan());
	if (!storageWorks()) say(strings.storageRefused!);
	find('[data-plan-tools]').hidden = false;
}

/** A file name from a plan's name: letters and digits of any script, joined by hyphens. */
export const fileName = (name: string) =>
	name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60) || 'plan';

function storageWorks() {
	try {
		localStorage.setItem('participation-guide:probe', '1');
		localStorage.removeItem('participation-guide:probe');
		return true;
	} catch {
		return false;
	}
}
