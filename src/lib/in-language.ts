import { sourceLanguage } from '../languages.ts';

/**
 * A text of a checklist item or glossary term in one language. Where a language still in progress lacks it, the
 * English text, with `lang` set so that readers and screen readers know it is English.
 */
export function inLanguage(texts: Record<string, string | undefined>, lang: string): { text: string; lang?: string } {
	const own = texts[lang];
	return own ? { text: own } : { text: texts[sourceLanguage] ?? '', lang: sourceLanguage };
}
