// The reader's plans in the browser's storage (localStorage), one entry per plan, so that two tabs on two plans
// never write over each other. Reading and writing never throw: where storage is refused or full, the caller is
// told and the plan lives on in the page.
import type { PlanStore } from '../../common/plan/model.ts';
import { storageKey as guideKey } from '../../common/storage-keys.ts';
import { readPlanFile, toPlanFile, type Plan } from '../../common/plan/plan-file.ts';

const prefix = guideKey('plan:');
const lastOpened = guideKey('plan-last');
const openInTab = guideKey('plan-open');
const probe = guideKey('probe');

const storageKey = (id: string) => prefix + id;
export const planIdOfKey = (key: string | null) => (key?.startsWith(prefix) ? key.slice(prefix.length) : undefined);

export function parseStored(text: string | null): Plan | undefined {
	if (!text) return undefined;
	const result = readPlanFile(text);
	return 'plan' in result ? result.plan : undefined;
}

function loadPlan(id: string): Plan | undefined {
	try {
		return parseStored(localStorage.getItem(storageKey(id)));
	} catch {
		return undefined;
	}
}

/** Every plan on this device. */
function listPlans(): Plan[] {
	try {
		return Object.keys(localStorage).flatMap((key) => {
			const id = planIdOfKey(key);
			const plan = id ? loadPlan(id) : undefined;
			return plan ? [plan] : [];
		});
	} catch {
		return [];
	}
}

/** Writes a plan; false where the browser refuses (storage blocked, or full). */
function storePlan(plan: Plan): boolean {
	try {
		localStorage.setItem(storageKey(plan.id), toPlanFile(plan));
		return true;
	} catch {
		return false;
	}
}

function removePlan(id: string) {
	try {
		localStorage.removeItem(storageKey(id));
	} catch {
		// Nothing was kept, so nothing is left behind.
	}
}

/** The plan this tab shows: the one it last showed, else the one opened last in any tab. */
export function rememberedPlanId(): string | undefined {
	try {
		return sessionStorage.getItem(openInTab) ?? localStorage.getItem(lastOpened) ?? undefined;
	} catch {
		return undefined;
	}
}

export function rememberPlanId(id: string) {
	try {
		sessionStorage.setItem(openInTab, id);
		localStorage.setItem(lastOpened, id);
	} catch {
		// Without storage, the tab shows a new plan next time.
	}
}

/** Whether this browser lets the guide keep anything at all. */
export function storageWorks() {
	try {
		localStorage.setItem(probe, '1');
		localStorage.removeItem(probe);
		return true;
	} catch {
		return false;
	}
}

/** The plans on this device, for the model (model.ts). */
export const browserStore: PlanStore = { list: listPlans, load: loadPlan, save: storePlan, remove: removePlan };
