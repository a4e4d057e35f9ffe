import { z } from 'astro/zod';

/** The guide's own interface strings, on top of Starlight's. Every language must have every one. */
const guideStringKeys = [
	'guide.name',
	'guide.tagline',
	'guide.frontDoor.enter',
	'guide.footer.credit',
	'guide.footer.about',
	'guide.footer.textLicence',
	'guide.footer.codeLicence',
	'guide.step.phaseAndStep',
	'guide.step.outputs',
	'guide.step.roles',
	'guide.step.time',
	'guide.step.timeValue',
	'guide.step.timeNote',
	'guide.phase.prework',
	'guide.phase.execution',
	'guide.phase.postwork',
	'guide.phase.numbered',
	'guide.paper.a4',
	'guide.paper.letter',
	'guide.case.country',
	'guide.case.place',
	'guide.case.partners',
	'guide.case.period',
	'guide.case.topic',
	'guide.case.methods',
	'guide.case.tools',
	'guide.case.data',
	'guide.case.steps',
	'guide.case.summary',
	'guide.translation.notice',
	'guide.translation.readSource',
	'guide.translation.page',
	'guide.translation.upToDate',
	'guide.translation.outdated',
	'guide.translation.missing',
	'guide.translation.fingerprint',
	'guide.feedback.report',
	'guide.checklist.progress',
	'guide.checklist.clear',
	'guide.checklist.print',
	'guide.checklist.storage',
	'guide.checklist.sheetTitle',
	'guide.checklist.step',
	'guide.checklist.processName',
	'guide.checklist.facilitator',
	'guide.checklist.date',
	'guide.checklist.place',
	'guide.checklist.notes',
	'guide.checklist.version',
	'guide.checklist.pdfs',
	'guide.checklist.qr',
] as const;

const required = (key: string) =>
	z.string({ error: `"${key}" is missing: every language file in content/i18n/ needs it, translated.` }).min(1);

export const guideStrings = z.object(
	Object.fromEntries(guideStringKeys.map((key) => [key, required(key)])) as Record<
		(typeof guideStringKeys)[number],
		z.ZodString
	>,
);
