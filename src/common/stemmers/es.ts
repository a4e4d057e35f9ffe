// Pagefind stems Spanish with Snowball's Spanish stemmer: so does the word rule.
export { stemmer as stem } from '@orama/stemmers/spanish';
