import { z } from 'astro/zod';
import { smsLimits, smsMeasure, ucs2Characters } from '../common/sms.ts';
import { completeLanguages } from '../languages.ts';
import { addTextIssues, inEveryLanguage } from './data.ts';

export const messagesFile = 'content/kit/messages.yaml';

/** A blank in a template: `{date}`, a name in letters. */
export const blankPattern = /\{([a-zA-Z]+)\}/g;

const blankNames = (text: string) => [...new Set([...text.matchAll(blankPattern)].map((match) => match[1]!))];

/** A template with each blank at its longest: what the sender may send at worst. The filler is a GSM 7-bit letter,
 * so the template's own characters decide its encoding. */
export const atLongest = (text: string, lengths: Record<string, number>) =>
	text.replace(blankPattern, (whole, name: string) => 'x'.repeat(lengths[name] ?? whole.length));

const placeholder = z
	.object({
		length: z
			.number({
				error:
					'each blank needs `length:`, the most characters it may hold, as a whole number (for example `length: 10`).',
			})
			.int('`length:` must be a whole number.')
			.positive('`length:` must be at least 1.'),
		label: inEveryLanguage('this blank'),
	})
	.strict();

const template = z.object({
	id: z
		.string({
			error: 'each template needs an `id`: a short name in lowercase letters and hyphens (for example `reminder`).',
		})
		.regex(
			/^[a-z]+(-[a-z]+)*$/,
			'a template `id` uses only lowercase letters and hyphens (for example `change-of-date`).',
		),
	title: z.custom<Record<string, string>>((title) => title !== undefined, {
		error: 'each template needs `title:`, with one line per language below it.',
	}),
	text: z.custom<Record<string, string>>((text) => text !== undefined, {
		error: 'each template needs `text:`, with one line per language below it.',
	}),
});

/**
 * content/kit/messages.yaml: the message templates of the session kit, each in every language, and the blanks they
 * use with their longest length. With every blank at that length, each template must fit one SMS.
 */
export const messagesSchema = z
	.object({
		placeholders: z.record(z.string(), placeholder, {
			error:
				'the file needs `placeholders:`, each blank a template uses with its `length:` and its `label:` in every language.',
		}),
		templates: z
			.array(template, {
				error:
					'the file needs `templates:`, a list of templates, each with an `id`, a `title` and a `text` in every language.',
			})
			.min(1, 'the file needs at least one template under `templates:`.'),
	})
	.superRefine(({ placeholders, templates }, ctx) => {
		const lengths = Object.fromEntries(Object.entries(placeholders).map(([name, { length }]) => [name, length]));
		const seen = new Set<string>();
		templates.forEach(({ id, title, text }, index) => {
			const say = (path: (string | number)[], message: string) =>
				ctx.addIssue({
					code: 'custom',
					path: ['templates', index, ...path],
					message: `template \`${id}\`: ${message}`,
				});
			if (seen.has(id)) say(['id'], 'this id is used twice: give each template its own id.');
			seen.add(id);
			for (const [field, name] of [
				['title', 'title'],
				['text', 'text'],
			] as const)
				addTextIssues(
					ctx,
					field === 'title' ? title : text,
					{
						whole: `template \`${id}\`: its \`${field}:\``,
						of: (lang) => `template \`${id}\`: the ${lang} ${name}`,
						where: ` under its \`${field}:\``,
					},
					['templates', index, field],
				);
			const written = (lang: string) => {
				const line = text && typeof text === 'object' ? (text as Record<string, unknown>)[lang] : undefined;
				return typeof line === 'string' && line.trim() ? line : undefined;
			};
			for (const lang of completeLanguages) {
				const message = written(lang);
				// A missing, empty or placeholder text is named above.
				if (message === undefined) continue;
				const unknown = blankNames(message).filter((name) => lengths[name] === undefined);
				if (unknown.length) {
					say(
						['text', lang],
						`the ${lang} text uses ${unknown.map((name) => `{${name}}`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not under \`placeholders:\`: add ${unknown.length === 1 ? 'it' : 'each'} there with its \`length:\` and \`label:\`, or correct the name.`,
					);
					continue;
				}
				const { encoding, length, limit, fits } = smsMeasure(atLongest(message, lengths));
				if (!fits) {
					const over = length - limit;
					const why =
						encoding === 'ucs2'
							? `it has ${ucs2Characters(message).join(' ')}, which GSM 7-bit lacks, so it is sent in UCS-2, where one SMS holds ${smsLimits.ucs2.single} characters: reword it without ${ucs2Characters(message).length === 1 ? 'that character' : 'them'} (é, ñ, ü, ¿ and ¡ are fine) to get ${smsLimits.gsm7.single}, or shorten it by ${over}`
							: `one SMS holds ${smsLimits.gsm7.single} characters in GSM 7-bit (^ { } \\ [ ] ~ | € count twice): shorten it by ${over}`;
					say(
						['text', lang],
						`the ${lang} text needs two messages: with its blanks at their longest it is ${length} characters, and ${why}, or lower a blank's \`length:\` under \`placeholders:\`.`,
					);
				}
			}
			const [first, ...others] = completeLanguages.filter((lang) => written(lang) !== undefined);
			for (const lang of others) {
				const names = (of: string) => blankNames(written(of)!).sort().join(', ');
				if (names(lang) !== names(first!))
					say(
						['text', lang],
						`the ${lang} text has the blanks ${names(lang) || 'none'} and the ${first} text ${names(first!) || 'none'}: use the same blanks in every language.`,
					);
			}
		});
	});
export type Messages = z.infer<typeof messagesSchema>;
