import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFormatVersion, readPlanFile, toPlanFile, type Plan } from '../../src/common/plan/plan-file.ts';

const plan: Plan = {
	id: '0f3a9c2e4b1d5a6c7e8f9012',
	created: '2026-11-30T10:00:00.000Z',
	updated: '2026-12-01T09:30:00.000Z',
	answers: { 'process.name': 'Mapea tu cuadra', 'prework/set-the-objective#1': 'Una línea\nY otra «con comillas»' },
};

test('a plan file reads back as the same plan', () => {
	assert.deepEqual(readPlanFile(toPlanFile(plan)), { plan });
});

test('a file that is not a plan, is damaged, or comes from a newer guide is refused, each with its reason', () => {
	const file = toPlanFile(plan);
	const cases: [string, string, string][] = [
		['another JSON file', '{"name": "photo"}', 'notPlan'],
		['a list', '[1, 2]', 'notPlan'],
		['a picture', '\u0089PNG\r\n', 'notPlan'],
		['an empty file', '', 'notPlan'],
		['a plan cut short', file.slice(0, 80), 'damaged'],
		['a plan without its answers', file.replace('"answers"', '"others"'), 'damaged'],
		['an answer that is not text', file.replace('"Mapea tu cuadra"', '42'), 'damaged'],
		['an id that could not be a storage key', file.replace(plan.id, '../other plan'), 'damaged'],
		['a version that is not a number', file.replace(`"version": ${planFormatVersion}`, '"version": "one"'), 'damaged'],
		[
			'a newer version',
			file.replace(`"version": ${planFormatVersion}`, `"version": ${planFormatVersion + 1}`),
			'newer',
		],
	];
	for (const [what, text, problem] of cases) assert.deepEqual(readPlanFile(text), { problem }, what);
});
