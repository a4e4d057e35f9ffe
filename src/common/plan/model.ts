// The reader's plans as data, with no page and no browser storage: the keys of their answers, the plans kept side
// by side, what another tab saved and where it clashes with what is typed here, opening a plan file, and the
// printed plan's layout. The page (page.ts) shows it; store.ts keeps it in the browser; filled-plan.ts fills the
// layout with answers.
import { newPlanId, planFileBytes, planFileLimit, readPlanFile, type Plan, type PlanFileProblem } from './plan-file.ts';

export type { Plan } from './plan-file.ts';
export type Answers = Plan['answers'];

/** The fields about the process, at the head of the form and of the printed plan, in that order. */
export const headerFields = ['name', 'organisation', 'facilitator', 'dates', 'place'] as const;
export type HeaderField = (typeof headerFields)[number];

/** `process.name`: the key of a header field's answer. */
export const headerKey = (field: HeaderField) => `process.${field}`;

/** `prework/set-the-objective#2`: the second output of that step, the key of its answer. */
export const fieldKey = (step: string, output: number) => `${step}#${output}`;

export const nameKey = headerKey('name');

/**
 * The level of say participants get (one of the method cards' `sayLevels`, or '' while it is not decided), and the
 * promise made to them: what the organisers will do with what participants give, who decides, when and how
 * participants hear back, and whom they can ask. Each is one answer, under `promise.`.
 */
export const sayKey = 'promise.say';
export const promiseFields = ['use', 'decides', 'hearBack', 'contact'] as const;
export type PromiseField = (typeof promiseFields)[number];
export const promiseKey = (field: PromiseField) => `promise.${field}`;

/**
 * A method chosen from the method cards: `method.focus-group` holds `chosen` while the reader has ticked it, and
 * each of its fields is an answer of its own, `method.focus-group.groups`. Unticking a method keeps its answers.
 */
export const methodFields = ['groups', 'recruit', 'when', 'who', 'materials', 'secondWay'] as const;
export type MethodField = (typeof methodFields)[number];
export const methodKey = (slug: string) => `method.${slug}`;
export const methodFieldKey = (slug: string, field: MethodField) => `${methodKey(slug)}.${field}`;
export const chosen = 'yes';

/**
 * Whether a key is one a plan has: a header field, a step's output (`phase/step#n`), the say and the promise, or a
 * method and its fields. A step or a method the guide no longer has still passes, so that an old plan opens whole.
 */
export function isAnswerKey(key: string): boolean {
	const [head = '', ...rest] = key.split('.');
	if (head === 'process') return rest.length === 1 && (headerFields as readonly string[]).includes(rest[0]!);
	if (head === 'promise')
		return rest.length === 1 && (rest[0] === 'say' || (promiseFields as readonly string[]).includes(rest[0]!));
	if (head === 'method')
		return (
			/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rest[0] ?? '') &&
			(rest.length === 1 || (rest.length === 2 && (methodFields as readonly string[]).includes(rest[1]!)))
		);
	return /^[a-z0-9-]+\/[a-z0-9-]+#[1-9][0-9]*$/.test(key);
}
export const isChosen = (answers: Answers, slug: string) => answers[methodKey(slug)] === chosen;

export const planName = (plan: Plan) => plan.answers[nameKey]?.trim() ?? '';

export function blankPlan(now: string, id = newPlanId()): Plan {
	return { id, created: now, updated: now, answers: {} };
}

/** A file name from a plan's name: letters and digits of any script, joined by hyphens. */
export const fileName = (name: string) =>
	name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60) || 'plan';

/** Where plans are kept: the browser's storage on the page, a Map in the tests. */
export interface PlanStore {
	/** Every plan kept, in any order. */
	list(): Plan[];
	load(id: string): Plan | undefined;
	/** False where the plan could not be kept (storage refused, or full). */
	save(plan: Plan): boolean;
	remove(id: string): void;
}

/** Every plan kept, the one changed last first. */
export const keptPlans = (store: PlanStore) => store.list().sort((a, b) => b.updated.localeCompare(a.updated));

/** The plans to choose from: every plan kept, and the one shown first where it is not kept yet. */
export function planChoices(store: PlanStore, shown: Plan): Plan[] {
	const kept = keptPlans(store);
	const listed = kept.map((plan) => (plan.id === shown.id ? shown : plan));
	return kept.some(({ id }) => id === shown.id) ? listed : [shown, ...listed];
}

/** The plan a page opens on: the one it showed last, else the one changed last, else a new one. */
export const planToOpen = (store: PlanStore, rememberedId: string | undefined, now: string) =>
	(rememberedId && store.load(rememberedId)) || keptPlans(store)[0] || blankPlan(now);

/** Deletes a plan; the plan to show next is the one changed last, or a new one. */
export function deletePlan(store: PlanStore, id: string, now: string): Plan {
	store.remove(id);
	return keptPlans(store)[0] ?? blankPlan(now);
}

export type OpenedFile = { problem: PlanFileProblem } | { plan: Plan; kept: boolean };

/**
 * A plan file opened and kept. Where a plan with its id is kept already, `replace` is asked whether the file's
 * version takes its place; if not, the file's plan is kept beside it as a copy with an id of its own.
 */
export function openPlanFile(store: PlanStore, text: string, replace: (existing: Plan) => boolean): OpenedFile {
	// Refused before anything is kept: the plans on the device stay as they are.
	if (planFileBytes(text) > planFileLimit) return { problem: 'tooLarge' };
	const result = readPlanFile(text);
	if ('problem' in result) return result;
	if (!Object.keys(result.plan.answers).every(isAnswerKey)) return { problem: 'unknownFields' };
	const existing = store.load(result.plan.id);
	const plan = existing && !replace(existing) ? { ...result.plan, id: newPlanId() } : result.plan;
	return { plan, kept: store.save(plan) };
}

/** An answer typed here that another tab saved differently before this one was saved. */
export interface Clash {
	key: string;
	theirs: string;
}

/** What taking in another tab's save did: the answers it changed here, and the clashes left for the reader. */
export interface Merge {
	changed: string[];
	clashes: Clash[];
}

export type SaveResult = 'saved' | 'nothing to save' | 'refused';

/**
 * One plan as a tab edits it. It remembers the answers as storage last held them, so that another tab's save is
 * taken in answer by answer: an answer the other tab changed replaces this tab's, unless this tab has typed its own
 * and not saved it yet, which is a clash.
 */
export class PlanDraft {
	plan: Plan;
	/** The answers as last read from storage or written to it: what another tab's change is measured against. */
	private stored: Answers;
	/** Answers typed here and not written yet. */
	private readonly pending = new Set<string>();
	/** Another tab deleted this plan: it is not saved again unless the reader asks. */
	deletedElsewhere = false;

	constructor(plan: Plan) {
		this.plan = plan;
		this.stored = { ...plan.answers };
	}

	answer = (key: string) => this.plan.answers[key] ?? '';

	/** An answer typed (or chosen) here, to be saved. */
	type(key: string, text: string) {
		this.plan.answers[key] = text;
		this.pending.add(key);
	}

	get unsaved() {
		return this.pending.size > 0;
	}

	/** Was kept once and is no more: what the page holds would be lost without a word. */
	get lostElsewhere() {
		return Object.keys(this.stored).length > 0;
	}

	/** Takes in what another tab saved of this plan; an answer typed here and not saved yet is never replaced. */
	takeIn(theirs: Plan): Merge {
		const merge: Merge = { changed: [], clashes: [] };
		for (const key of new Set([...Object.keys(theirs.answers), ...Object.keys(this.stored)])) {
			const text = theirs.answers[key] ?? '';
			if (text === (this.stored[key] ?? '')) continue;
			this.stored[key] = text;
			if (this.plan.answers[key] === text) continue;
			if (this.pending.has(key)) merge.clashes.push({ key, theirs: text });
			else {
				this.plan.answers[key] = text;
				merge.changed.push(key);
			}
		}
		this.plan.updated = theirs.updated;
		return merge;
	}

	/** Keeps the plan again after another tab deleted it: every answer is saved anew. */
	keepAgain() {
		this.deletedElsewhere = false;
		Object.keys(this.plan.answers).forEach((key) => this.pending.add(key));
	}

	/** Saves what was typed, after taking in what another tab saved since. */
	save(store: PlanStore, now: string): { result: SaveResult; merge?: Merge } {
		if (!this.unsaved || this.deletedElsewhere) return { result: 'nothing to save' };
		const current = store.load(this.plan.id);
		const merge = current ? this.takeIn(current) : undefined;
		const next = { ...this.plan, answers: { ...this.plan.answers }, updated: now };
		if (!store.save(next)) return { result: 'refused', merge };
		this.plan = next;
		this.stored = { ...next.answers };
		this.pending.clear();
		return { result: 'saved', merge };
	}
}

/**
 * One field of the printed plan: its answer's key and its title in the page's language (`lang` where it is not).
 * A field answered by a choice (the level of say) has its `choices`: the answer is a value, printed as its label.
 */
export interface LayoutField {
	key: string;
	label: string;
	lang?: string;
	choices?: { value: string; label: string }[];
}

/** The method cards a part offers to choose from, each by its title, and the fields every chosen method brings. */
export interface LayoutMethods {
	/** Above the list of every card, where none is chosen (or on the blank plan): "Tick the methods you will use". */
	pick: string;
	/** The title of the blank method, to write a method's name on by hand. */
	blank: string;
	fields: { field: MethodField; label: string }[];
	/** Each card by its title; `recruit`, shown by the field "how each group is found": the card's ways to find people. */
	cards: { slug: string; title: string; lang?: string; recruit?: string }[];
}

/**
 * The printed plan and the Word document, in the page's language: the fields about the process, then the parts
 * of content/plan.yaml with the fields each gathers, and the credit line. The page gets it once, as JSON.
 */
export interface PrintLayout {
	guide: string;
	title: string;
	header: LayoutField[];
	parts: { title: string; about: string; fields: LayoutField[]; methods?: LayoutMethods }[];
	credit: string;
	address: string;
	/** The promise card's own words: its title, and the line before the level of say. */
	card: { title: string; say: string };
}

export interface FilledField extends LayoutField {
	answer: string;
}

/** A method the plan has chosen, with its fields filled. */
export interface FilledMethod {
	slug: string;
	title: string;
	lang?: string;
	fields: FilledField[];
}
