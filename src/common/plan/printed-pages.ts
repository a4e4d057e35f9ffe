/**
 * How many sheets the plan prints on, as the plan page states and the browser tests measure
 * (tests/e2e/plan.spec.ts): the blank plan in A4 and in Letter, and at most this many for a plan with a few lines
 * in every field, in either.
 */
export const printedPages = { blankA4: 5, blankLetter: 6, filled: 4 };
