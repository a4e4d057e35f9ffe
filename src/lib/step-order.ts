// What makes a step a step, for the files (checks, config, tests) and the content collection (pages) alike: its key
// and its place in the framework. No file or collection access here, so that both sides can import it.
import { phases, type Phase } from '../schemas/frontmatter.ts';

const stepSlugPattern = /^process\/([^/]+\/[^/]+)$/;

/**
 * `process/prework/identify-stakeholders` (a page's path inside its language) → `prework/identify-stakeholders`,
 * the step's key: its checklist (content/checklists/<key>.yaml), its tick ids and its plan fields. Undefined for a
 * page that is not a step.
 */
export const stepKeyOfSlug = (slug: string): string | undefined => stepSlugPattern.exec(slug)?.[1];

/** `en/process/prework/identify-stakeholders` (a collection entry's id) → `prework/identify-stakeholders`. */
export const stepKey = (pageId: string): string | undefined => stepKeyOfSlug(pageId.slice(pageId.indexOf('/') + 1));

/** `prework/identify-stakeholders` → `process/prework/identify-stakeholders`, its page's path in every language. */
export const stepSlug = (key: string) => `process/${key}`;

export const phaseNumber = (phase: Phase) => phases.indexOf(phase) + 1;

/** The framework's order, for `.sort()`: by phase, then by the step's place in its phase. */
export const inStepOrder = (a: { phase: Phase; step: number }, b: { phase: Phase; step: number }) =>
	phaseNumber(a.phase) - phaseNumber(b.phase) || a.step - b.step;
