/**
 * The guide's languages: the one list that the site, the schemas, the checks and the tests read.
 *
 * To add a language, add one entry here, one file of interface strings `content/i18n/<code>.json` and one folder
 * of pages `content/docs/<code>/` (CONTRIBUTING.md, "Add a language"). A language that is not `complete` yet may
 * leave pages, checklist items and glossary terms untranslated: readers get the English text, with Starlight's
 * notice on pages. A `complete` language must have them all: the checks fail on anything missing.
 */
export interface GuideLanguage {
	/** The language's name in itself, as the language menu shows it. */
	label: string;
	/** Its BCP 47 tag, for the `lang` attribute. */
	lang: string;
	/** `rtl` for a language written right to left, such as Urdu or Arabic. */
	dir?: 'ltr' | 'rtl';
	/** Every page, checklist item and glossary term exists in this language. */
	complete: boolean;
}

export const languages: Record<string, GuideLanguage> = {
	en: { label: 'English', lang: 'en', complete: true },
	es: { label: 'Español', lang: 'es', complete: true },
};

export type Language = string;

/** The language the guide is written in first; the others are translations of it. */
export const sourceLanguage: Language = 'en';
export const languageCodes: Language[] = Object.keys(languages);
/** The languages in which nothing may be missing. */
export const completeLanguages: Language[] = languageCodes.filter((code) => languages[code]!.complete);
