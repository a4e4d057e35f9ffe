import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storageKey } from '../../src/common/storage-keys.ts';

// A reader's ticks and plans are kept under these names: changing them would lose what readers have saved.
test('the keys in the browser keep the names readers already have', () => {
	assert.equal(storageKey('ticks'), 'participation-guide:ticks');
	assert.equal(storageKey('plan:abc'), 'participation-guide:plan:abc');
});
