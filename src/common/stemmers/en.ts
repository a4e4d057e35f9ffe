// Pagefind stems English with Snowball's English (Porter2) stemmer: so does the word rule.
export { default as stem } from 'wink-porter2-stemmer';
