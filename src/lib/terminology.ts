export interface GlossaryEntry {
	term: Record<string, string>;
	definition: Record<string, string>;
	avoid?: Record<string, string[]>;
}

export interface AvoidRule {
	/** The form not to use, as written in the glossary. */
	avoid: string;
	/** The glossary's term to use instead. */
	use: string;
	pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a whole word or phrase, in any case: `reporta` finds «Reporta», not «reportaje». */
export const formPattern = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(form)}(?![\\p{L}\\p{N}-])`, 'iu');

/** The forms a text in `lang` must not use, from the glossary's `avoid` lists. */
export function avoidRules(glossary: Record<string, GlossaryEntry>, lang: string): AvoidRule[] {
	return Object.values(glossary).flatMap(({ term, avoid }) =>
		(avoid?.[lang] ?? []).map((form) => ({
			avoid: form,
			use: term[lang] ?? '',
			// A whole word or phrase, in any case: "stakeholder" matches "Stakeholders:" but not "stakeholderish".
			pattern: formPattern(form),
		})),
	);
}

/** The avoided forms that a text uses. */
export const avoidedIn = (text: string, rules: AvoidRule[]) => rules.filter((rule) => rule.pattern.test(text));
