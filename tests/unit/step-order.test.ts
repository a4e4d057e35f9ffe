import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checklistEditUrl } from '../../src/lib/edit-links.ts';
import { processSteps } from '../../src/lib/process.ts';
import { inStepOrder, stepKey, stepKeyOfSlug, stepSlug } from '../../src/lib/step-order.ts';

test("a step's key comes from its page's path, in any language, and leads back to it", () => {
	assert.equal(stepKeyOfSlug('process/prework/identify-stakeholders'), 'prework/identify-stakeholders');
	assert.equal(stepKey('es/process/prework/identify-stakeholders'), 'prework/identify-stakeholders');
	assert.equal(stepSlug('prework/identify-stakeholders'), 'process/prework/identify-stakeholders');
	for (const notAStep of ['process', 'process/prework', 'about', 'process/prework/x/y'])
		assert.equal(stepKeyOfSlug(notAStep), undefined, notAStep);
	assert.equal(stepKey('en/about'), undefined);
});

test('steps go by phase, then by their place in it', () => {
	const shuffled = [
		{ phase: 'postwork', step: 1 },
		{ phase: 'execution', step: 2 },
		{ phase: 'prework', step: 2 },
		{ phase: 'execution', step: 1 },
		{ phase: 'prework', step: 1 },
	] as const;
	assert.deepEqual(
		[...shuffled].sort(inStepOrder).map(({ phase, step }) => `${phase} ${step}`),
		['prework 1', 'prework 2', 'execution 1', 'execution 2', 'postwork 1'],
	);
});

test("the guide's steps, read from the files, are in that order with keys from their paths", () => {
	const steps = processSteps();
	assert.ok(steps.length > 0);
	assert.deepEqual(steps, [...steps].sort(inStepOrder));
	for (const { key, slug } of steps) assert.equal(stepSlug(key), slug);
});

test("a step page's second edit link opens its checklist file, on the repository and branch of Starlight's", () => {
	const base = 'https://github.com/org/guide/edit/trunk/';
	assert.equal(
		checklistEditUrl(
			new URL(`${base}content/docs/es/process/prework/identify-stakeholders.mdx`),
			'es/process/prework/identify-stakeholders',
		),
		`${base}content/checklists/prework/identify-stakeholders.yaml`,
	);
	assert.equal(checklistEditUrl(new URL(`${base}content/docs/en/about.mdx`), 'en/about'), undefined);
	assert.equal(checklistEditUrl(undefined, 'en/process/prework/identify-stakeholders'), undefined);
});
