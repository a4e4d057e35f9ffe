import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** What a contributor does about most YAML mistakes: said by the components and by the content checks. */
export const yamlAdvice =
	'A text that contains ": " or " #", or starts with a quote, a dash or a bracket, must be put in double quotes.';

/**
 * Why a data file gave no entries. Astro logs a YAML mistake and carries on with an empty collection;
 * the guide's components call this to stop the build instead, with the line and the fix.
 */
export function yamlProblem(file: string): string {
	if (!existsSync(file)) return `${file} does not exist.`;
	try {
		parse(readFileSync(file, 'utf8'));
		return `${file} gave no entries: check that it follows the shape of the other entries.`;
	} catch (error) {
		return `${file} is not valid YAML: ${(error as Error).message}\n${yamlAdvice}`;
	}
}
