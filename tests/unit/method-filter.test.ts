import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filtersFrom, fits, searchFor, type FilterFacts } from '../../src/common/method-filter.ts';

const focusGroup: FilterFacts = {
	purposes: ['understand', 'views'],
	say: ['ask'],
	channels: ['in-person', 'phone'],
	min: 6,
	max: 10,
	cost: 'medium',
	delivery: 'weeks',
	offline: true,
};
const onlineSurvey: FilterFacts = {
	purposes: ['count', 'views'],
	say: ['ask'],
	channels: ['online'],
	min: 30,
	cost: 'low',
	delivery: 'weeks',
	offline: false,
};

test('an address gives its filters, and leaves out what the index does not offer', () => {
	assert.deepEqual(filtersFrom('?size=large&offline=yes'), { size: 'large', offline: true });
	assert.deepEqual(filtersFrom('?purpose=understand&cost=low&time=days&say=decide&channel=sms'), {
		purpose: 'understand',
		cost: 'low',
		time: 'days',
		say: 'decide',
		channel: 'sms',
	});
	assert.deepEqual(filtersFrom('?size=huge&offline=no&colour=red'), {});
});

test('filters become an address in a fixed order, and back', () => {
	assert.equal(searchFor({ offline: true, size: 'large' }), '?size=large&offline=yes');
	assert.equal(searchFor({}), '');
	assert.deepEqual(filtersFrom(searchFor({ purpose: 'data', offline: true })), { purpose: 'data', offline: true });
});

test('a card fits a group size its range reaches, and "or more" reaches every larger band', () => {
	assert.ok(fits(focusGroup, { size: 'small' }));
	assert.ok(!fits(focusGroup, { size: 'medium' }));
	assert.ok(!fits(focusGroup, { size: 'one' }));
	assert.ok(fits(onlineSurvey, { size: 'large' }));
	assert.ok(fits(onlineSurvey, { size: 'medium' }));
	assert.ok(!fits(onlineSurvey, { size: 'small' }));
});

test('cost and time are "at most"; the other filters ask for the value itself', () => {
	assert.ok(fits(onlineSurvey, { cost: 'medium' }));
	assert.ok(!fits(focusGroup, { cost: 'low' }));
	assert.ok(fits(focusGroup, { time: 'months' }));
	assert.ok(!fits(focusGroup, { time: 'days' }));
	assert.ok(fits(focusGroup, { purpose: 'views', say: 'ask', channel: 'phone' }));
	assert.ok(!fits(focusGroup, { channel: 'sms' }));
	assert.ok(!fits(focusGroup, { say: 'decide' }));
});

test('"works without a connection" keeps only the cards that do', () => {
	assert.ok(fits(focusGroup, { offline: true }));
	assert.ok(!fits(onlineSurvey, { offline: true }));
	assert.ok(fits(onlineSurvey, { offline: false }));
});
