// What a text message costs (src/common/sms.ts, after 3GPP TS 23.038), and every template of the session kit
// (content/kit/messages.yaml) fitting one message with its blanks at their longest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { fitsOneSms, smsEncoding, smsLength, smsMeasure, smsParts, ucs2Characters } from '../../src/common/sms.ts';
import { languageCodes } from '../../src/languages.ts';
import { root } from '../../src/lib/content.ts';
import { atLongest, messagesFile, messagesSchema } from '../../src/schemas/kit.ts';

test('plain English, and Spanish with é, ñ, ü, ¿, ¡ and à, is GSM 7-bit, one character each', () => {
	for (const text of [
		'Meeting on 14/09 at 17:00, room 2. Questions? Call us!',
		'¿Vienes mañana? ¡Qué bien! Pingüino à la café @ 5$',
	])
		assert.equal(smsEncoding(text), 'gsm7', text);
	assert.equal(smsLength('¿Qué? ¡Ya!'), 10);
});

test('á, í, ó, ú, curly or angle quotes and emoji need UCS-2', () => {
	for (const text of ['reunión', 'día', 'está', 'número', 'Él dijo «hola»', 'It’s on', 'ok 👍', 'ÁÍÓÚ'])
		assert.equal(smsEncoding(text), 'ucs2', text);
	assert.deepEqual(ucs2Characters('La reunión es aquí, en León'), ['ó', 'í']);
	assert.equal(smsLength('reunión'), 7);
	assert.equal(smsLength('ok 👍'), 5, 'an emoji is two UTF-16 units, so two characters of 70');
});

test('^ { } \\ [ ] ~ | and € count twice in GSM 7-bit, and keep it GSM 7-bit', () => {
	for (const char of ['^', '{', '}', '\\', '[', ']', '~', '|', '€']) {
		assert.equal(smsEncoding(`a${char}`), 'gsm7', char);
		assert.equal(smsLength(`a${char}`), 3, char);
	}
	assert.equal(smsLength('10 € [aprox]'), 15);
});

test('one message holds 160 GSM 7-bit characters, or 70 in UCS-2; longer texts go in parts of 153 or 67', () => {
	assert.ok(fitsOneSms('x'.repeat(160)));
	assert.ok(!fitsOneSms('x'.repeat(161)));
	assert.equal(smsParts('x'.repeat(161)), 2);
	assert.equal(smsParts('x'.repeat(306)), 2);
	assert.equal(smsParts('x'.repeat(307)), 3);
	assert.ok(!fitsOneSms(`${'x'.repeat(159)}€`), '159 letters and a euro sign are 161 septets');
	assert.ok(fitsOneSms(`${'x'.repeat(69)}ó`));
	assert.ok(!fitsOneSms(`${'x'.repeat(70)}ó`), 'one ó turns 71 characters into UCS-2, beyond 70');
	assert.equal(smsParts(`${'x'.repeat(70)}ó`), 2);
	assert.equal(smsParts(`${'x'.repeat(134)}ó`), 3);
	assert.deepEqual(smsMeasure('¡Hola!'), { encoding: 'gsm7', length: 6, limit: 160, fits: true, parts: 1 });
	assert.deepEqual(smsMeasure('Adiós'), { encoding: 'ucs2', length: 5, limit: 70, fits: true, parts: 1 });
});

test(`every template of ${messagesFile}, in every language, fits one SMS with its blanks at their longest`, () => {
	const messages = messagesSchema.parse(parse(readFileSync(join(root, messagesFile), 'utf8')));
	const lengths = Object.fromEntries(Object.entries(messages.placeholders).map(([name, { length }]) => [name, length]));
	assert.ok(
		messages.templates.length >= 4,
		'the kit has an invitation, a reminder, a change of date and a report-back',
	);
	for (const { id, text } of messages.templates)
		for (const lang of languageCodes) {
			const longest = atLongest(text[lang]!, lengths);
			assert.doesNotMatch(longest, /[{}]/, `${id}, ${lang}: a blank is left unfilled`);
			const { length, limit, encoding } = smsMeasure(longest);
			assert.ok(length <= limit, `${id}, ${lang}: ${length} characters in ${encoding}, over ${limit}`);
		}
});
