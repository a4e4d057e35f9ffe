// A reader's plan, as it is kept in the browser and in the file they save: one format for both, versioned so that
// a file from a newer guide is recognised and refused rather than half read.

export const planFormat = 'participation-guide-plan';
export const planFormatVersion = 1;

export interface Plan {
	/** Random, made on the device that created the plan: it tells an imported copy of the same plan apart. */
	id: string;
	created: string;
	updated: string;
	/** Field key (`process.name`, `prework/set-the-objective#2`) → what the reader wrote. */
	answers: Record<string, string>;
}

export type PlanFileResult = { plan: Plan } | { problem: 'notPlan' | 'damaged' | 'newer' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

// Not crypto.randomUUID(): it exists only on https, and a guide served on a local network may have none.
export const newPlanId = () =>
	Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The plan as the file the reader saves: the same text it is kept as in the browser. */
export const toPlanFile = (plan: Plan) =>
	JSON.stringify({ format: planFormat, version: planFormatVersion, ...plan }, null, '\t');

/** A plan file read back: the plan, or why it is refused (a file that is not a plan, is damaged, or is newer). */
export function readPlanFile(text: string): PlanFileResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { problem: text.includes(planFormat) ? 'damaged' : 'notPlan' };
	}
	if (!isRecord(data) || data.format !== planFormat) return { problem: 'notPlan' };
	if (!Number.isInteger(data.version) || (data.version as number) < 1) return { problem: 'damaged' };
	if ((data.version as number) > planFormatVersion) return { problem: 'newer' };
	const { id, created, updated, answers } = data;
	if (
		typeof id !== 'string' ||
		!/^[\w-]{1,64}$/.test(id) ||
		!isDate(created) ||
		!isDate(updated) ||
		!isRecord(answers) ||
		!Object.values(answers).every((answer) => typeof answer === 'string')
	)
		return { problem: 'damaged' };
	return {
		plan: { id, created: created as string, updated: updated as string, answers: answers as Record<string, string> },
	};
}
