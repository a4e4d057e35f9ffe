/**
 * How many sheets the plan prints on, as the plan page states and the browser tests measure
 * (tests/e2e/plan.spec.ts): the blank plan in A4 and in Letter, and at most this many for a plan with a few lines
 * in every field and one method chosen from the cards, in either. The level of say, the promise and the methods
 * made the blank plan one sheet longer in each size (it was 5 and 6) and the filled one too (it was 4).
 */
export const printedPages = { blankA4: 6, blankLetter: 7, filled: 5 };
