// How the guide shows a size (src/common/byte-size.ts): the offline control's costs and the PDFs' links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSize } from '../../src/common/byte-size.ts';

const nbsp = '\u00a0';

test('small sizes read as whole kilobytes, rounded up, never 0 kB for a file that has bytes', () => {
	assert.equal(formatSize(37_412, 'en'), `38${nbsp}kB`);
	assert.equal(formatSize(1, 'en'), `1${nbsp}kB`);
	assert.equal(formatSize(0, 'en'), `0${nbsp}kB`);
	assert.equal(formatSize(499_000, 'en'), `499${nbsp}kB`);
});

test('from 500 kB a size reads in megabytes with one decimal, never as "1,000 kB"', () => {
	assert.equal(formatSize(890_000, 'en'), `0.9${nbsp}MB`);
	assert.equal(formatSize(999_600, 'en'), `1${nbsp}MB`);
	assert.equal(formatSize(549_775, 'en'), `0.6${nbsp}MB`);
	assert.equal(formatSize(6_098_156, 'en'), `6.1${nbsp}MB`);
	assert.equal(formatSize(2_000_000, 'en'), `2${nbsp}MB`);
	assert.equal(formatSize(12_300_000, 'en'), `13${nbsp}MB`);
});

test('a size reads in the page’s language: a decimal comma in Spanish', () => {
	assert.equal(formatSize(890_000, 'es'), `0,9${nbsp}MB`);
	assert.equal(formatSize(37_412, 'es'), `38${nbsp}kB`);
});

test('the figure and its unit never part: no breaking space is left inside', () => {
	for (const bytes of [400_000, 890_000, 12_300_000])
		for (const locale of ['en', 'es', 'ur'])
			assert.doesNotMatch(formatSize(bytes, locale), /[\s--[\u00a0\u202f]]/v, `${bytes} bytes in ${locale}`);
});
