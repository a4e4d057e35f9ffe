/**
 * The guide's languages. A new language is one entry here (Starlight's locale options) and one folder in
 * content/docs/; the schemas then require its text in every checklist item and glossary term.
 */
export const languages = {
	en: { label: 'English', lang: 'en' },
	es: { label: 'Español', lang: 'es' },
} as const;

export type Language = keyof typeof languages;
export const languageCodes = Object.keys(languages) as Language[];
