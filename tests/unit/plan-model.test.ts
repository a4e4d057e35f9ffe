import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	blankPlan,
	deletePlan,
	fieldKey,
	fileName,
	headerFields,
	headerKey,
	chosen,
	isChosen,
	keptPlans,
	methodFieldKey,
	methodFields,
	methodKey,
	openPlanFile,
	planChoices,
	planName,
	planToOpen,
	PlanDraft,
	promiseFields,
	promiseKey,
	sayKey,
	type LayoutMethods,
	type Plan,
	type PlanStore,
	type PrintLayout,
} from '../../src/common/plan/model.ts';
import { fillLayout, chosenMethods, promiseCard } from '../../src/common/plan/filled-plan.ts';
import { toPlanFile } from '../../src/common/plan/plan-file.ts';

const objective = fieldKey('prework/set-the-objective', 1);
const schedule = fieldKey('execution/write-the-plan', 1);

const plan = (id: string, updated: string, answers: Plan['answers'] = {}): Plan => ({
	id,
	created: '2026-11-01T10:00:00.000Z',
	updated,
	answers,
});

/** Plans kept in memory, as the browser's storage keeps them: each saved as a copy. `full` refuses every save. */
function memoryStore(plans: Plan[] = [], full = false): PlanStore & { kept: Map<string, Plan> } {
	const copy = (kept: Plan): Plan => ({ ...kept, answers: { ...kept.answers } });
	const kept = new Map(plans.map((kept) => [kept.id, copy(kept)]));
	return {
		kept,
		list: () => [...kept.values()].map(copy),
		load: (id) => (kept.has(id) ? copy(kept.get(id)!) : undefined),
		save: (saved) => !full && Boolean(kept.set(saved.id, copy(saved))),
		remove: (id) => void kept.delete(id),
	};
}

test('answers are keyed by step and output, and the header fields by `process.`', () => {
	assert.equal(objective, 'prework/set-the-objective#1');
	assert.deepEqual(headerFields.map(headerKey), [
		'process.name',
		'process.organisation',
		'process.facilitator',
		'process.dates',
		'process.place',
	]);
	assert.equal(
		planName(plan('a', '2026-11-01T10:00:00.000Z', { 'process.name': '  Mapea tu cuadra ' })),
		'Mapea tu cuadra',
	);
	assert.equal(planName(plan('a', '2026-11-01T10:00:00.000Z')), '');
});

test('a plan’s file name keeps letters of any script and joins words with hyphens', () => {
	assert.equal(fileName('Foro juvenil: Haripur (2027)'), 'foro-juvenil-haripur-2027');
	assert.equal(fileName('Año «nuevo»'), 'año-nuevo');
	assert.equal(fileName('***'), 'plan');
	assert.equal(fileName('a'.repeat(80)).length, 60);
});

test('several plans: listed newest first, the one shown included before it is kept, and deleting shows the next', () => {
	const older = plan('older', '2026-11-02T10:00:00.000Z', { 'process.name': 'Older' });
	const newer = plan('newer', '2026-11-03T10:00:00.000Z', { 'process.name': 'Newer' });
	const store = memoryStore([older, newer]);
	assert.deepEqual(
		keptPlans(store).map(({ id }) => id),
		['newer', 'older'],
	);

	const fresh = blankPlan('2026-11-04T10:00:00.000Z', 'fresh');
	assert.deepEqual(fresh, { id: 'fresh', created: fresh.created, updated: fresh.created, answers: {} });
	assert.deepEqual(
		planChoices(store, fresh).map(({ id }) => id),
		['fresh', 'newer', 'older'],
	);
	// The shown plan's name as typed, not as kept.
	const renamed = { ...older, answers: { 'process.name': 'Renamed' } };
	assert.deepEqual(planChoices(store, renamed).map(planName), ['Newer', 'Renamed']);

	assert.equal(planToOpen(store, 'older', 'now').id, 'older');
	assert.equal(planToOpen(store, 'gone', 'now').id, 'newer');
	assert.equal(planToOpen(memoryStore(), undefined, '2026-11-04T10:00:00.000Z').updated, '2026-11-04T10:00:00.000Z');

	assert.equal(deletePlan(store, 'newer', 'now').id, 'older');
	assert.deepEqual([...store.kept.keys()], ['older']);
	const next = deletePlan(store, 'older', '2026-11-05T10:00:00.000Z');
	assert.deepEqual(next.answers, {});
	assert.equal(store.kept.size, 0);
});

test('typing is saved once, and saving again with nothing new writes nothing', () => {
	const store = memoryStore();
	const draft = new PlanDraft(blankPlan('2026-11-01T10:00:00.000Z', 'p1'));
	assert.equal(draft.save(store, 'later').result, 'nothing to save');
	assert.equal(store.kept.size, 0, 'an untouched new plan is not kept');
	draft.type(objective, 'Map every street light.');
	assert.equal(draft.save(store, '2026-11-01T11:00:00.000Z').result, 'saved');
	assert.deepEqual(store.kept.get('p1')?.answers, { [objective]: 'Map every street light.' });
	assert.equal(store.kept.get('p1')?.updated, '2026-11-01T11:00:00.000Z');
	assert.equal(draft.unsaved, false);
	assert.equal(draft.save(store, '2026-11-01T12:00:00.000Z').result, 'nothing to save');
});

test('where storage refuses, the answer stays in the draft, unsaved, to be saved later', () => {
	const draft = new PlanDraft(blankPlan('2026-11-01T10:00:00.000Z', 'p1'));
	draft.type(objective, 'Still here.');
	assert.equal(draft.save(memoryStore([], true), 'later').result, 'refused');
	assert.equal(draft.answer(objective), 'Still here.');
	assert.equal(draft.unsaved, true);
	const store = memoryStore();
	assert.equal(draft.save(store, 'later').result, 'saved');
	assert.equal(store.kept.get('p1')?.answers[objective], 'Still here.');
});

test('another tab’s save is taken in answer by answer, and a clash keeps this tab’s answer', () => {
	const start = plan('shared', '2026-11-01T10:00:00.000Z', { 'process.name': 'Shared', [objective]: 'First' });
	const store = memoryStore([start]);
	const draft = new PlanDraft(structuredClone(start));

	// The other tab changed the objective and added a schedule; this tab typed nothing: both are taken in.
	const theirs = plan('shared', '2026-11-01T11:00:00.000Z', {
		'process.name': 'Shared',
		[objective]: 'From the other tab',
		[schedule]: '3 March: forum',
	});
	assert.deepEqual(draft.takeIn(theirs), { changed: [objective, schedule], clashes: [] });
	assert.equal(draft.answer(objective), 'From the other tab');
	assert.equal(draft.plan.updated, '2026-11-01T11:00:00.000Z');

	// Both tabs change the schedule: this tab's unsaved answer stays, the other's is a clash.
	draft.type(schedule, 'Mine, not saved yet');
	store.save({ ...theirs, answers: { ...theirs.answers, [schedule]: 'Theirs, saved', 'process.place': 'Haripur' } });
	const { result, merge } = draft.save(store, '2026-11-01T12:00:00.000Z');
	assert.equal(result, 'saved');
	assert.deepEqual(merge, { changed: ['process.place'], clashes: [{ key: schedule, theirs: 'Theirs, saved' }] });
	assert.equal(store.kept.get('shared')?.answers[schedule], 'Mine, not saved yet');
	assert.equal(store.kept.get('shared')?.answers['process.place'], 'Haripur', 'their other answer is kept');

	// An answer the other tab emptied is emptied here too.
	assert.deepEqual(draft.takeIn({ ...theirs, answers: { 'process.name': 'Shared' } }).changed, [
		objective,
		schedule,
		'process.place',
	]);
	assert.equal(draft.answer(objective), '');
});

test('an answer both tabs changed to the same text is no clash', () => {
	const draft = new PlanDraft(plan('p', '2026-11-01T10:00:00.000Z', { [objective]: 'Old' }));
	draft.type(objective, 'Same');
	assert.deepEqual(draft.takeIn(plan('p', '2026-11-01T11:00:00.000Z', { [objective]: 'Same' })), {
		changed: [],
		clashes: [],
	});
});

test('a plan deleted in another tab is not saved again unless the reader keeps it', () => {
	const kept = plan('p', '2026-11-01T10:00:00.000Z', { [objective]: 'Kept' });
	const draft = new PlanDraft(structuredClone(kept));
	assert.equal(draft.lostElsewhere, true);
	assert.equal(new PlanDraft(blankPlan('now', 'new')).lostElsewhere, false, 'a plan never kept is not lost');
	const store = memoryStore();
	draft.deletedElsewhere = true;
	draft.type(schedule, 'Typed after');
	assert.equal(draft.save(store, 'later').result, 'nothing to save');
	assert.equal(store.kept.size, 0);
	draft.keepAgain();
	assert.equal(draft.save(store, 'later').result, 'saved');
	assert.deepEqual(store.kept.get('p')?.answers, { [objective]: 'Kept', [schedule]: 'Typed after' });
});

test('a plan file opens as a plan kept beside the others, or replacing its earlier copy only when asked', () => {
	const file = plan('0f3a9c2e4b1d5a6c7e8f9012', '2026-11-02T10:00:00.000Z', { 'process.name': 'From the file' });
	const store = memoryStore();
	const opened = openPlanFile(store, toPlanFile(file), () => assert.fail('nothing to replace'));
	assert.deepEqual(opened, { plan: file, kept: true });

	const asked: string[] = [];
	const copy = openPlanFile(store, toPlanFile(file), (existing) => {
		asked.push(planName(existing));
		return false;
	});
	assert.deepEqual(asked, ['From the file']);
	assert.ok('plan' in copy && copy.plan.id !== file.id, 'kept both: the copy gets an id of its own');
	assert.equal(store.kept.size, 2);

	const changed = { ...file, answers: { 'process.name': 'Changed in the file' } };
	openPlanFile(store, toPlanFile(changed), () => true);
	assert.equal(store.kept.size, 2);
	assert.equal(planName(store.kept.get(file.id)!), 'Changed in the file');

	assert.deepEqual(
		openPlanFile(store, '{"name": "photo"}', () => true),
		{ problem: 'notPlan' },
	);
	assert.deepEqual(
		openPlanFile(store, toPlanFile(file).replace('"version": 1', '"version": 2'), () => true),
		{ problem: 'newer' },
	);
	assert.equal(store.kept.size, 2, 'a refused file keeps nothing');
	assert.deepEqual(
		openPlanFile(memoryStore([], true), toPlanFile(file), () => true),
		{ plan: file, kept: false },
	);
});

test('the printed plan’s layout is filled with the answers, an answer of spaces counting as none', () => {
	const layout: PrintLayout = {
		guide: 'Participation Guide',
		title: 'Participation plan',
		header: [{ key: 'process.name', label: 'Name of the process' }],
		parts: [
			{
				title: '1. Purpose',
				about: 'Why.',
				fields: [
					{ key: objective, label: 'One general objective' },
					{ key: schedule, label: 'A schedule', lang: 'en' },
				],
			},
		],
		credit: 'Participation Guide · English',
		address: 'https://example.org/en/plan/',
		card: { title: 'Our promise to you', say: 'How much say you have' },
	};
	const filled = fillLayout(layout, {
		'process.name': ' Haripur ',
		[objective]: 'Jobs\nand training',
		[schedule]: '  ',
	});
	assert.deepEqual(filled.header, [{ key: 'process.name', label: 'Name of the process', answer: 'Haripur' }]);
	assert.deepEqual(
		filled.parts[0]!.fields.map(({ answer, lang }) => [answer, lang]),
		[
			['Jobs\nand training', undefined],
			['', 'en'],
		],
	);
	assert.equal(filled.title, 'Participation plan');
	assert.equal(layout.parts[0]!.fields.length, 2, 'the layout itself is left as it was');
	assert.ok(!('answer' in layout.parts[0]!.fields[0]!));
});

test('the level of say, the promise and each chosen method’s fields have keys of their own, apart from the steps’', () => {
	assert.equal(sayKey, 'promise.say');
	assert.deepEqual(promiseFields.map(promiseKey), [
		'promise.use',
		'promise.decides',
		'promise.hearBack',
		'promise.contact',
	]);
	assert.equal(methodKey('focus-group'), 'method.focus-group');
	assert.deepEqual(
		methodFields.map((field) => methodFieldKey('focus-group', field)),
		[
			'method.focus-group.groups',
			'method.focus-group.recruit',
			'method.focus-group.when',
			'method.focus-group.who',
			'method.focus-group.materials',
			'method.focus-group.secondWay',
		],
	);
	// No new key can be taken for a step output's (phase/step#n) or a header field's (process.…).
	for (const key of [sayKey, ...promiseFields.map(promiseKey), methodFieldKey('a', 'groups')])
		assert.doesNotMatch(key, /^process\.|#\d+$/);
	assert.equal(isChosen({ 'method.focus-group': chosen }, 'focus-group'), true);
	assert.equal(isChosen({ 'method.focus-group': '' }, 'focus-group'), false, 'unticked');
	assert.equal(isChosen({}, 'focus-group'), false);
});

const say = (level: string) => ({ value: level, label: `Level ${level}` });
const methods: LayoutMethods = {
	pick: 'Tick the methods you will use:',
	blank: 'Method:',
	fields: [
		{ field: 'groups', label: 'The groups it serves' },
		{ field: 'recruit', label: 'How each group is found' },
	],
	cards: [
		{ slug: 'focus-group', title: 'Focus group' },
		{ slug: 'interview', title: 'Interview', lang: 'en' },
		{ slug: 'survey', title: 'Survey' },
	],
};
const promiseLayout: PrintLayout = {
	guide: 'Participation Guide',
	title: 'Participation plan',
	header: [
		{ key: 'process.name', label: 'Name of the process' },
		{ key: 'process.organisation', label: 'Organisation' },
	],
	parts: [
		{
			title: '3. Methods',
			about: 'How.',
			fields: [{ key: 'execution/select-methods#1', label: 'A short list of methods' }],
			methods,
		},
		{
			title: '4. Rules',
			about: 'Who decides.',
			fields: [
				{ key: sayKey, label: 'How much say participants get', choices: [say(''), say('ask'), say('decide')] },
				...promiseFields.map((field) => ({ key: promiseKey(field), label: `Promise ${field}` })),
			],
		},
	],
	credit: 'Participation Guide · English',
	address: 'https://example.org/en/plan/',
	card: { title: 'Our promise to you', say: 'How much say you have' },
};

test('the printed plan shows the level of say by its label, and each chosen method by its title with its fields', () => {
	const answers = {
		[sayKey]: 'ask',
		[methodKey('survey')]: chosen,
		[methodFieldKey('survey', 'groups')]: ' Vendors\nParents ',
		[methodKey('focus-group')]: chosen,
		// Unticked: its answers are kept, and it does not print.
		[methodKey('interview')]: '',
		[methodFieldKey('interview', 'groups')]: 'Kept, not printed',
	};
	const filled = fillLayout(promiseLayout, answers);
	assert.equal(filled.parts[1]!.fields[0]!.answer, 'Level ask');
	assert.deepEqual(filled.parts[1]!.chosen, [], 'a part without the cards chooses none');
	assert.deepEqual(filled.parts[0]!.chosen, [
		{
			slug: 'focus-group',
			title: 'Focus group',
			lang: undefined,
			fields: [
				{ key: 'method.focus-group.groups', label: 'The groups it serves', answer: '' },
				{ key: 'method.focus-group.recruit', label: 'How each group is found', answer: '' },
			],
		},
		{
			slug: 'survey',
			title: 'Survey',
			lang: undefined,
			fields: [
				{ key: 'method.survey.groups', label: 'The groups it serves', answer: 'Vendors\nParents' },
				{ key: 'method.survey.recruit', label: 'How each group is found', answer: '' },
			],
		},
	]);
	assert.ok(!('methods' in filled.parts[0]!), 'the filled plan holds the methods chosen, not the list of cards');
	assert.deepEqual(chosenMethods(methods, {}), []);
	// A level not decided, or one this guide no longer has, prints as no answer, with room to write.
	assert.equal(fillLayout(promiseLayout, { [sayKey]: '' }).parts[1]!.fields[0]!.answer, '');
	assert.equal(fillLayout(promiseLayout, { [sayKey]: 'shout' }).parts[1]!.fields[0]!.answer, '');
	// A method whose card is gone keeps its answers in the plan, and prints nothing.
	assert.deepEqual(fillLayout(promiseLayout, { [methodKey('gone')]: chosen }).parts[0]!.chosen, []);
});

test('the promise card holds the process, the level of say, the three promises, the organisation and a contact', () => {
	const card = promiseCard(promiseLayout, {
		'process.name': ' Haripur youth forum ',
		'process.organisation': 'A youth network',
		[sayKey]: 'decide',
		[promiseKey('use')]: 'We will present the three most common proposals.',
		[promiseKey('decides')]: 'The council',
		[promiseKey('contact')]: 'Ana, at the community centre',
	});
	assert.equal(card.title, 'Our promise to you');
	assert.equal(card.process, 'Haripur youth forum');
	assert.deepEqual(card.say, {
		key: sayKey,
		label: 'How much say you have',
		answer: 'Level decide',
		choices: card.say.choices,
	});
	assert.deepEqual(
		card.promises.map(({ key, label, answer }) => [key, label, answer]),
		[
			['promise.use', 'Promise use', 'We will present the three most common proposals.'],
			['promise.decides', 'Promise decides', 'The council'],
			['promise.hearBack', 'Promise hearBack', ''],
		],
	);
	assert.deepEqual(card.organisation, {
		key: 'process.organisation',
		label: 'Organisation',
		answer: 'A youth network',
	});
	assert.equal(card.contact.answer, 'Ana, at the community centre');
	assert.equal(card.credit, 'Participation Guide · English');
	assert.equal(card.address, 'https://example.org/en/plan/');
	// A blank card: every field is there, empty, to write on by hand.
	const blank = promiseCard(promiseLayout, {});
	assert.deepEqual(
		[blank.process, blank.say.answer, ...blank.promises.map(({ answer }) => answer), blank.contact.answer],
		['', '', '', '', '', ''],
	);
});
