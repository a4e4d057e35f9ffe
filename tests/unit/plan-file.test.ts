import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
	fieldKey,
	headerFields,
	headerKey,
	isAnswerKey,
	isChosen,
	methodFieldKey,
	methodFields,
	methodKey,
	openPlanFile,
	promiseFields,
	promiseKey,
	sayKey,
	type PlanStore,
	type PrintLayout,
} from '../../src/common/plan/model.ts';
import { chosenMethods, fillLayout } from '../../src/common/plan/filled-plan.ts';
import {
	planFileBytes,
	planFileLimit,
	planFormatVersion,
	readPlanFile,
	toPlanFile,
	type Plan,
} from '../../src/common/plan/plan-file.ts';

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
		['a field a plan does not have', file.replace('"answers"', '"script": "alert(1)",\n\t"answers"'), 'unknownFields'],
		[
			'a newer version',
			file.replace(`"version": ${planFormatVersion}`, `"version": ${planFormatVersion + 1}`),
			'newer',
		],
	];
	for (const [what, text, problem] of cases) assert.deepEqual(readPlanFile(text), { problem }, what);
});

test('a plan file saved before plans held the level of say, the promise and methods opens with every answer', () => {
	// Written by the plan page at commit 2fae022, before this change: keep it as it is.
	const text = readFileSync(new URL('../fixtures/plan/before-methods.plan.json', import.meta.url), 'utf8');
	const before = JSON.parse(text) as Plan & { answers: Record<string, string> };
	const result = readPlanFile(text);
	assert.ok('plan' in result, 'the old file is refused');
	assert.deepEqual(result.plan.answers, before.answers, 'an answer was lost or changed');
	assert.equal(Object.keys(result.plan.answers).length, 11);
	// Each old answer still prints under its key, and the new parts are simply empty.
	const layout: PrintLayout = {
		guide: '',
		title: '',
		header: [{ key: 'process.name', label: 'Name' }],
		parts: [
			{
				title: '',
				about: '',
				fields: [
					{ key: sayKey, label: 'Say', choices: [{ value: 'ask', label: 'We ask you' }] },
					{ key: 'execution/select-methods#1', label: 'Methods' },
				],
				methods: { pick: '', blank: '', fields: [], cards: [{ slug: 'focus-group', title: 'Focus group' }] },
			},
		],
		credit: '',
		address: '',
		card: { title: '', say: '' },
	};
	const filled = fillLayout(layout, result.plan.answers);
	assert.equal(filled.header[0]!.answer, 'Mapea tu cuadra');
	assert.deepEqual(
		filled.parts[0]!.fields.map(({ answer }) => answer),
		['', 'Grupo focal con vecinas y vecinos'],
	);
	assert.equal(isChosen(result.plan.answers, 'focus-group'), false);
	assert.deepEqual(chosenMethods(layout.parts[0]!.methods!, result.plan.answers), []);
	// Saved again, it is the same file.
	assert.deepEqual(JSON.parse(toPlanFile(result.plan)), before);
});

/** Plans kept in a Map, counting every write, as the browser's storage would keep them. */
function mapStore(...plans: Plan[]) {
	const kept = new Map(plans.map((kept) => [kept.id, structuredClone(kept)]));
	let writes = 0;
	const store: PlanStore = {
		list: () => [...kept.values()],
		load: (id) => kept.get(id),
		save: (saved) => (writes++, kept.set(saved.id, structuredClone(saved)), true),
		remove: (id) => void kept.delete(id),
	};
	return { store, kept, writes: () => writes };
}

test('a file larger than any plan, or with an answer to a field the plan does not have, is refused and nothing kept changes', () => {
	const other: Plan = { ...plan, id: 'aaaaaaaaaaaaaaaaaaaaaaaa', answers: { 'process.name': 'Kept already' } };
	const withAnswers = (answers: Record<string, string>) => toPlanFile({ ...plan, answers });
	const cases: [string, string, string][] = [
		['a file over the limit', withAnswers({ 'process.name': 'x'.repeat(planFileLimit) }), 'tooLarge'],
		// The limit is on bytes, as the file weighs: 400 000 letters of two bytes each are 800 000 bytes and pass…
		['a file over the limit in bytes only', withAnswers({ 'process.name': 'ñ'.repeat(planFileLimit / 2) }), 'tooLarge'],
		[
			'an answer to a field no plan has',
			withAnswers({ 'process.name': 'A', 'process.password': 'B' }),
			'unknownFields',
		],
		['a key that is no field at all', withAnswers({ __proto__x: 'B' }), 'unknownFields'],
		['a method field no method has', withAnswers({ 'method.focus-group.price': '10' }), 'unknownFields'],
		[
			'a top-level field a plan does not have',
			toPlanFile(plan).replace('"answers"', '"extra": 1,\n\t"answers"'),
			'unknownFields',
		],
	];
	for (const [what, text, problem] of cases) {
		const { store, kept, writes } = mapStore(other, plan);
		const before = structuredClone([...kept.entries()]);
		assert.deepEqual(
			openPlanFile(store, text, () => true),
			{ problem },
			what,
		);
		assert.equal(writes(), 0, `${what}: something was written`);
		assert.deepEqual([...kept.entries()], before, `${what}: a kept plan changed`);
	}
	// …and a file just within the limit opens.
	const within = withAnswers({ 'process.name': 'ñ'.repeat(planFileLimit / 2 - 1000) });
	assert.ok(planFileBytes(within) <= planFileLimit);
	assert.ok('plan' in openPlanFile(mapStore().store, within, () => true));
});

test('every key the plan makes is a key a plan file may hold, old steps and methods included', () => {
	const keys = [
		...headerFields.map(headerKey),
		sayKey,
		...promiseFields.map(promiseKey),
		fieldKey('prework/set-the-objective', 1),
		fieldKey('execution/a-step-removed-since', 12),
		methodKey('focus-group'),
		...methodFields.map((field) => methodFieldKey('a-card-removed-since', field)),
	];
	for (const key of keys) assert.ok(isAnswerKey(key), key);
	for (const key of ['process', 'process.name.more', 'promise.price', 'method.', 'method.Focus', 'prework/step#0', 'x'])
		assert.ok(!isAnswerKey(key), key);
});
