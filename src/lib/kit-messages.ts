import { parse } from 'yaml';
import { smsMeasure } from '../common/sms.ts';
import { atLongest, messagesFile, messagesSchema } from '../schemas/kit.ts';
import { sourceLanguage } from '../languages.ts';

/**
 * The session kit's message templates in one language, each with its length at worst (every blank at its longest),
 * from the text of content/kit/messages.yaml; the content checks have said what is wrong with it, if anything.
 */
export function kitMessages(yaml: string, lang: string) {
	const result = messagesSchema.safeParse(parse(yaml));
	if (!result.success)
		throw new Error(
			`${messagesFile}: ${result.error.issues.map((issue) => issue.message).join(' ')} (npm run check says more)`,
		);
	const { placeholders, templates } = result.data;
	const lengths = Object.fromEntries(Object.entries(placeholders).map(([name, { length }]) => [name, length]));
	const inLanguage = (text: Record<string, string>) => text[lang] ?? text[sourceLanguage]!;
	return {
		blanks: Object.entries(placeholders).map(([name, { length, label }]) => ({
			name,
			length,
			label: inLanguage(label),
		})),
		templates: templates.map(({ id, title, text }) => ({
			id,
			title: inLanguage(title),
			text: inLanguage(text),
			...smsMeasure(atLongest(inLanguage(text), lengths)),
		})),
	};
}
