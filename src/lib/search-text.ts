/**
 * A label's text with a space either side, for an element whose text touches the next one's: a <dt> and its <dd>,
 * table headings, a legend and the hint after it. Pagefind reads a page's text without its layout and would join
 * them into one word («CountryPakistan», «convocara través»); a browser drops spaces at a block's edges, so the page
 * looks the same. The space is in the text, not between the tags: Prettier removes whitespace there, and Astro too.
 */
export const apart = (text: string): string => ` ${text} `;
