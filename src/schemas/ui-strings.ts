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
] as const;

const required = (key: string) =>
	z.string({ error: `"${key}" is missing: every language file in content/i18n/ needs it, translated.` }).min(1);

export const guideStrings = z.object(
	Object.fromEntries(guideStringKeys.map((key) => [key, required(key)])) as Record<
		(typeof guideStringKeys)[number],
		z.ZodString
	>,
);
