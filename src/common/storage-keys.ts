// The names of what the guide keeps in the reader's browser (localStorage, sessionStorage). One origin can hold many
// sites (every GitHub Pages project of an account shares one), so each key starts with the guide's own prefix.

export const storagePrefix = 'participation-guide:';

/** `ticks` → `participation-guide:ticks`. */
export const storageKey = (name: string) => `${storagePrefix}${name}`;
