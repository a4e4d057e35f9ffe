import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guideFrontmatter } from '../../src/schemas/frontmatter.ts';

const page = { title: 'About the guide', description: 'Where the guide comes from.' };
const step = {
	...page,
	phase: 'prework',
	step: 3,
	outputs: ['A list of stakeholders'],
	roles: ['Facilitator'],
	time: { preparation: '2 hours', session: '90 minutes' },
};
const problems = (data: unknown) => {
	const result = guideFrontmatter.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

test('an ordinary page needs only a title and a description', () => {
	assert.deepEqual(problems(page), []);
});

test('a complete step page is valid', () => {
	assert.deepEqual(problems(step), []);
});

test('a missing title or description is named, with what to write', () => {
	assert.match(problems({ description: 'x' }).join('\n'), /^title: `title` is missing: add the page's title/m);
	assert.match(problems({ title: 'x' }).join('\n'), /^description: `description` is missing: add one sentence/m);
});

test('a step field of the wrong type says what it expects', () => {
	assert.match(problems({ ...step, step: 'two' }).join('\n'), /^step: `step` must be a whole number without quotes/m);
	assert.match(
		problems({ ...step, phase: 'planning' }).join('\n'),
		/^phase: `phase` must be one of prework, execution, postwork/m,
	);
	assert.match(problems({ ...step, outputs: 'a list' }).join('\n'), /^outputs: `outputs` must be a list/m);
	assert.match(problems({ ...step, time: '2 hours' }).join('\n'), /^time: `time` must have two lines below it/m);
	assert.match(problems({ ...step, roles: [] }).join('\n'), /^roles: `roles` needs at least one item/m);
});

test('a page with some step fields must have them all', () => {
	const { roles, time, ...partial } = step;
	const found = problems(partial);
	assert.equal(found.length, 2);
	assert.match(found.join('\n'), /^roles: `roles` is missing\. A step page/m);
	assert.match(found.join('\n'), /^time: `time` is missing\. A step page/m);
});
