import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { linkFix, withLinkFix } from '../../src/lib/link-fix.ts';

const failingValidator = (error: Error): AstroIntegration => ({
	name: 'starlight-links-validator',
	hooks: {
		'astro:build:done': () => Promise.reject(error),
	},
});
const done = async (integration: AstroIntegration) =>
	integration.hooks['astro:build:done']!(
		{} as Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0],
	);

test('a failed link check ends with what to do, not with a hint to report a bug in the checker', async () => {
	const original = new AstroError(
		'Links validation failed.',
		'If you believe this is a bug, please file an issue at https://github.com/HiDeoo/starlight-links-validator/issues/new/choose',
	);
	await assert.rejects(done(withLinkFix(failingValidator(original))), (error: AstroError) => {
		assert.equal(error.hint, linkFix);
		assert.doesNotMatch(String(error.hint), /file an issue/);
		return true;
	});
});

test('any other error of the checker passes through unchanged', async () => {
	const other = new Error('Failed to find headings for the file');
	await assert.rejects(done(withLinkFix(failingValidator(other))), (error: unknown) => error === other);
});
