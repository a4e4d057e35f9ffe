import { z } from 'astro/zod';

const required = (key: string) =>
	z.string({ error: `"${key}" is missing: every language file in content/i18n/ needs it, translated.` }).min(1);

/** The guide's own interface strings, on top of Starlight's. Every language must have every one. */
export const guideStrings = z.object(
	Object.fromEntries(
		[
			'guide.name',
			'guide.tagline',
			'guide.frontDoor.enter',
			'guide.footer.credit',
			'guide.footer.about',
			'guide.footer.textLicence',
			'guide.footer.codeLicence',
		].map((key) => [key, required(key)]),
	),
);
