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
] as const;

const required = (key: string) =>
	z.string({ error: `"${key}" is missing: every language file in content/i18n/ needs it, translated.` }).min(1);

export const guideStrings = z.object(
	Object.fromEntries(guideStringKeys.map((key) => [key, required(key)])) as Record<
		(typeof guideStringKeys)[number],
		z.ZodString
	>,
);
