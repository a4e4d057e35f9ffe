// The plan page's script: it keeps what the reader types in the browser as they type, lets them keep several plans,
// save and open plan files, make a Word document and print. Nothing is sent anywhere. The plan itself is model.ts,
// its keeping store.ts, what the reader sees view.ts and printout.ts; this file connects them to the reader's acts.
import {
	blankPlan,
	deletePlan,
	fileName,
	nameKey,
	openPlanFile,
	planChoices,
	planName,
	planToOpen,
	PlanDraft,
	type Merge,
	type Plan,
	type PrintLayout,
} from '../../common/plan/model.ts';
import { planFileLimit, planFileLimitText, toPlanFile } from '../../common/plan/plan-file.ts';
import type { Printout } from './printout.ts';
import { stringsOf } from '../strings.ts';
import * as store from './store.ts';
import { addMethodFields, PlanView } from './view.ts';

const saveDelay = 400;
const now = () => new Date().toISOString();

function download(blob: Blob, name: string) {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function startPlanPage() {
	const root = document.querySelector<HTMLElement>('[data-plan]');
	const data = root?.querySelector('[data-plan-data]')?.textContent;
	if (!root || !data) return;
	const layout = JSON.parse(data) as PrintLayout;
	const text = stringsOf(root);
	const message = (key: string, values?: Record<string, string>) => text(`guide.plan.${key}`, values);
	for (const { methods } of layout.parts) if (methods) addMethodFields(root, methods);
	const view = new PlanView(root);
	const card = document.createElement('div');
	card.className = 'plan-card-sheet not-content';
	root.append(card);
	// The printed plan's code comes only when a reader may print a plan: when they start one, open one with answers,
	// or print. A visit that only reads the page does not pay for it. Printed before it comes, or should it not come,
	// the form prints, as it does without JavaScript.
	let printout: Printout | undefined;
	let printoutCode: Promise<typeof import('./printout.ts') | undefined> | undefined;
	const loadPrintout = () => {
		printoutCode ??= import('./printout.ts')
			.then(async (code) => {
				await code.addPrintStyles();
				printout = code.drawPrintout(layout);
				printout.showAll(draft.plan.answers);
				card.before(printout.element);
				return code;
			})
			.catch(() => (printoutCode = undefined));
		return printoutCode;
	};
	const fileInput = view.find<HTMLInputElement>('[data-plan-file]');
	const time = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
	const nameOf = (plan: Plan) => planName(plan) || message('untitled');

	const plans = store.browserStore;
	let draft = new PlanDraft(blankPlan(now()));
	let timer: ReturnType<typeof setTimeout> | undefined;

	const showAnswer = (key: string, text: string) => {
		view.showAnswer(key, text);
		printout?.show(key, text);
	};
	const showChoices = () => view.showChoices(planChoices(plans, draft.plan), draft.plan.id, nameOf);
	const showSaved = () =>
		view.showSaved(
			plans.load(draft.plan.id)
				? message('saved', { time: time.format(new Date(draft.plan.updated)) })
				: message('notSavedYet'),
		);

	const show = (plan: Plan) => {
		draft = new PlanDraft(plan);
		view.clearClashes();
		for (const key of view.fields.keys()) view.showAnswer(key, draft.answer(key));
		if (printout) printout.showAll(plan.answers);
		else if (Object.keys(plan.answers).length) void loadPrintout();
		store.rememberPlanId(plan.id);
		showChoices();
		showSaved();
	};

	/** An answer as the reader knows it: a choice by its label. */
	const choices = new Map(layout.parts.flatMap(({ fields }) => fields).map(({ key, choices }) => [key, choices]));
	const shownAs = (key: string, text: string) => choices.get(key)?.find(({ value }) => value === text)?.label ?? text;

	/** Shows what another tab's save changed here, and both answers where it clashes with one typed here. */
	const showMerge = ({ changed, clashes }: Merge) => {
		for (const key of changed) showAnswer(key, draft.answer(key));
		for (const { key, theirs } of clashes)
			view.showClash(key, `${message('conflict')}\n${shownAs(key, theirs)}`, {
				useTheirs: {
					label: message('useOther'),
					run: () => {
						draft.type(key, theirs);
						showAnswer(key, theirs);
						save();
					},
				},
				keepMine: { label: message('keepMine'), run: () => undefined },
			});
		if (changed.length) view.say(message('otherTab'));
	};

	function save() {
		clearTimeout(timer);
		timer = undefined;
		const { result, merge } = draft.save(plans, now());
		if (merge) showMerge(merge);
		if (result === 'refused') view.say(message('storageRefused'));
		if (result !== 'saved') return;
		showSaved();
		store.rememberPlanId(draft.plan.id);
	}

	for (const [key, field] of view.fields) {
		field.element.addEventListener('input', () => {
			draft.type(key, field.value);
			printout?.show(key, field.value);
			if (key === nameKey) view.renameShown(nameOf(draft.plan));
			clearTimeout(timer);
			timer = setTimeout(save, saveDelay);
		});
		field.element.addEventListener('change', save);
	}
	root.addEventListener('focusin', () => void loadPrintout(), { once: true });
	addEventListener('beforeprint', () => void loadPrintout());
	addEventListener('pagehide', save);
	document.addEventListener('visibilitychange', save);

	addEventListener('storage', (event) => {
		const id = store.planIdOfKey(event.key);
		// A null key: another tab cleared the whole storage.
		if (event.key !== null && id !== draft.plan.id) {
			if (id) showChoices();
			return;
		}
		const theirs = event.key === null ? plans.load(draft.plan.id) : store.parseStored(event.newValue);
		if (theirs) showMerge(draft.takeIn(theirs));
		else if (draft.lostElsewhere) {
			draft.deletedElsewhere = true;
			view.say(message('deletedElsewhere'), {
				label: message('keep'),
				run: () => {
					draft.keepAgain();
					save();
					showChoices();
				},
			});
		}
		showChoices();
		showSaved();
	});

	view.find('[data-plan-choice]').addEventListener('change', () => {
		save();
		view.clearMessage();
		show(plans.load(view.chosenId) ?? blankPlan(now()));
	});

	view.find('[data-plan-new]').addEventListener('click', () => {
		save();
		const fresh = blankPlan(now());
		if (plans.save(fresh)) view.clearMessage();
		else view.say(message('storageRefused'));
		show(fresh);
		view.fields.get(nameKey)?.focus();
	});

	view.find('[data-plan-delete]').addEventListener('click', () => {
		const name = nameOf(draft.plan);
		if (!confirm(message('confirmDelete', { name }))) return;
		clearTimeout(timer);
		show(deletePlan(plans, draft.plan.id, now()));
		view.say(message('deleted', { name }));
	});

	view.find('[data-plan-export]').addEventListener('click', () => {
		save();
		download(
			new Blob([toPlanFile(draft.plan)], { type: 'application/json' }),
			`${fileName(nameOf(draft.plan))}.plan.json`,
		);
	});

	view.find('[data-plan-export-docx]').addEventListener('click', () => void exportDocx());
	async function exportDocx() {
		save();
		try {
			const { planDocx } = await import('./docx.ts');
			download(
				await planDocx(layout, draft.plan, document.documentElement.lang),
				`${fileName(nameOf(draft.plan))}.docx`,
			);
		} catch {
			view.say(message('error.docx'));
		}
	}

	view.find('[data-plan-import]').addEventListener('click', () => fileInput.click());
	fileInput.addEventListener('change', () => void openChosenFile());
	async function openChosenFile() {
		const file = fileInput.files?.[0];
		fileInput.value = '';
		if (!file) return;
		const refuse = (problem: string) =>
			view.say(message(`error.${problem}`, { file: file.name, limit: planFileLimitText }));
		// A file larger than any plan is refused unread: reading it could freeze a cheap phone.
		if (file.size > planFileLimit) return refuse('tooLarge');
		const text = await file.text();
		save();
		const opened = openPlanFile(plans, text, (existing) =>
			confirm(message('confirmReplace', { name: nameOf(existing) })),
		);
		if ('problem' in opened) return refuse(opened.problem);
		show(opened.plan);
		view.say(opened.kept ? message('imported', { name: nameOf(opened.plan) }) : message('storageRefused'));
	}

	view.find('[data-plan-print]').addEventListener('click', () => void printPlan());
	async function printPlan() {
		save();
		await loadPrintout();
		print();
	}
	/** Prints what a class of the page's root shows instead of the plan, until the printing is done. */
	const printAs = (className: string) => {
		root.classList.add(className);
		addEventListener('afterprint', () => root.classList.remove(className), { once: true });
		print();
	};
	view.find('[data-plan-print-blank]').addEventListener('click', () => void printBlank());
	async function printBlank() {
		await loadPrintout();
		printAs('plan-blank');
	}
	view.find('[data-plan-print-card]').addEventListener('click', () => void printCard());
	async function printCard() {
		save();
		const code = await loadPrintout();
		if (!code) return print();
		card.replaceChildren(code.drawPromiseCard(code.promiseCard(layout, draft.plan.answers)));
		printAs('plan-print-card');
	}

	show(planToOpen(plans, store.rememberedPlanId(), now()));
	if (!store.storageWorks()) view.say(message('storageRefused'));
	view.find('[data-plan-tools]').hidden = false;
}
