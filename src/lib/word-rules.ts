// Each language's word rule (src/common/search-words.ts), with its stemmer from src/common/stemmers/, which the
// worker's script of the rule bundles too. A language with no stemmer here has no rule.
import { fileURLToPath } from 'node:url';
import { wordRule, type WordRule } from '../common/search-words.ts';
import { stem as english } from '../common/stemmers/en.ts';
import { stem as spanish } from '../common/stemmers/es.ts';

const stems: Record<string, (word: string) => string> = { en: english, es: spanish };

/** The stemmer's file of a language, or undefined if it has none. */
export const stemmerFile = (language: string) =>
	stems[language] ? fileURLToPath(new URL(`../common/stemmers/${language}.ts`, import.meta.url)) : undefined;

export function wordRuleOf(language: string): WordRule | undefined {
	const stem = stems[language];
	return stem && wordRule(language, stem);
}
