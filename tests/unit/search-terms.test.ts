// How the search reads what a reader types (src/common/search-terms.ts): each language's rule, one case at a time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseSearchTerm } from '../../src/common/search-terms.ts';

test('a Spanish plural in «-es» is cut back to a beginning of its singular', () => {
	const cases: [typed: string, searched: string][] = [
		['talleres', 'taller'],
		['mujeres', 'mujer'],
		['lugares', 'lugar'],
		['actores', 'actor'],
		['ciudades', 'ciudad'],
		['reuniones', 'reunion'],
		['leyes', 'ley'],
		['meses', 'mes'],
		['países', 'país'],
		['detalles', 'detall'],
		['Talleres', 'Taller'],
	];
	for (const [typed, searched] of cases) assert.equal(normaliseSearchTerm(typed, 'es'), searched, typed);
});

test('each word of a Spanish search is read, the rest of it kept as typed', () => {
	assert.equal(normaliseSearchTerm('mapeo de actores', 'es'), 'mapeo de actor');
	assert.equal(normaliseSearchTerm('  talleres, mujeres ', 'es'), '  taller, mujer ');
});

test('Spanish words that are not a plural in «-es» after those letters stay as typed', () => {
	// Singulars; «-es» after «c» («veces», plural of «vez»); after other letters («antes»); too short («eres»);
	// an accented «-és» («interés»); plurals in «-s» alone, which Pagefind's stemmer already joins to their singular.
	for (const word of ['taller', 'mujer', 'veces', 'antes', 'eres', 'interés', 'personas', 'grupos', 'diagnóstico'])
		assert.equal(normaliseSearchTerm(word, 'es'), word);
});

test('a regional Spanish tag reads as Spanish', () => {
	assert.equal(normaliseSearchTerm('talleres', 'es-MX'), 'taller');
	assert.equal(normaliseSearchTerm('talleres', 'ES'), 'taller');
});

test('English searches stay as typed: its stemmer joins a plural to its singular', () => {
	for (const word of ['workshops', 'stakeholder maps', 'budgets', 'classes', 'boxes'])
		assert.equal(normaliseSearchTerm(word, 'en'), word);
});

test('a language without rules, or none, searches what was typed', () => {
	assert.equal(normaliseSearchTerm('talleres', 'fr'), 'talleres');
	assert.equal(normaliseSearchTerm('talleres', ''), 'talleres');
});

test('Urdu: the Arabic kaf (ك, U+0643) reads as keheh (ک, U+06A9)', () => {
	assert.equal(normaliseSearchTerm('\u0643\u0627\u0645', 'ur'), '\u06A9\u0627\u0645');
});

test('Urdu: the Arabic yeh (ي, U+064A) and alef maksura (ى, U+0649) read as Farsi yeh (ی, U+06CC)', () => {
	assert.equal(normaliseSearchTerm('\u0645\u064A\u06BA', 'ur'), '\u0645\u06CC\u06BA');
	assert.equal(normaliseSearchTerm('\u06A9\u0649', 'ur'), '\u06A9\u06CC');
});

test('Urdu: the Arabic heh (ه, U+0647) reads as heh goal (ہ, U+06C1)', () => {
	assert.equal(normaliseSearchTerm('\u06A9\u0647', 'ur'), '\u06A9\u06C1');
});

test('Urdu: Arabic-Indic digits (U+0660–0669) read as Extended Arabic-Indic digits (U+06F0–06F9)', () => {
	const arabic = Array.from({ length: 10 }, (_, n) => String.fromCodePoint(0x0660 + n)).join('');
	const urdu = Array.from({ length: 10 }, (_, n) => String.fromCodePoint(0x06f0 + n)).join('');
	assert.equal(normaliseSearchTerm(`${arabic} \u0643`, 'ur'), `${urdu} \u06A9`);
});

test('Urdu already written with Urdu letters, and Latin letters and digits, stay as typed', () => {
	for (const text of ['\u06A9\u0627\u0645 \u06CC\u06C1', 'SMS 2021', '\u06F2\u06F0\u06F2\u06F1'])
		assert.equal(normaliseSearchTerm(text, 'ur'), text);
});

test('the Urdu folding is for Urdu pages only, and the Spanish rule for Spanish pages only', () => {
	assert.equal(normaliseSearchTerm('\u0643', 'es'), '\u0643');
	assert.equal(normaliseSearchTerm('talleres', 'ur'), 'talleres');
});
