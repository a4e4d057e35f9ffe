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

/** Why a plan file is refused: not a plan, damaged, from a newer guide, too large, or with fields a plan lacks. */
export type PlanFileProblem = 'notPlan' | 'damaged' | 'newer' | 'tooLarge' | 'unknownFields';
export type PlanFileResult = { plan: Plan } | { problem: PlanFileProblem };

/**
 * The fields of a plan file, and nothing else: a file with others was made or changed by something other than the
 * guide, and is refused rather than half read. A new field means a new `planFormatVersion`.
 */
const planFileFields = new Set(['format', 'version', 'id', 'created', 'updated', 'answers']);

/**
 * The most a plan file may weigh, in bytes: a plan with every field of the guide filled in at length is tens of
 * kilobytes, so a larger file is not a plan, and reading it could freeze a cheap phone.
 */
export const planFileLimit = 1_000_000;
/** The limit as readers read it ("1 MB"), the same in every language. */
export const planFileLimitText = `${planFileLimit / 1_000_000} MB`;
/** A plan file's size in bytes, as a file of that text weighs (UTF-8). */
export const planFileBytes = (text: string) => new TextEncoder().encode(text).length;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

// Not crypto.randomUUID(): it exists only on https, and a guide served on a local network may have none.
export const newPlanId = () =>
	Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The plan as the file the reader saves: the same text it is kept as in the browser. */
export const toPlanFile = (plan: Plan) =>
	JSON.stringify({ format: planFormat, version: planFormatVersion, ...plan }, null, '\t');

/** A plan file read back: the plan, or why it is refused (not a plan, damaged, newer, or with fields a plan lacks). */
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
	if (Object.keys(data).some((field) => !planFileFields.has(field))) return { problem: 'unknownFields' };
	return {
		plan: { id, created: created as string, updated: updated as string, answers: answers as Record<string, string> },
	};
}
