import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { root } from '../../src/lib/content.ts';
import { languages as guideLanguages } from '../../src/languages.ts';
import { repositoryUrl } from '../../src/lib/repository.ts';

const github = join(root, '.github');
const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as {
	validateWorkflow: (source: string) => { errors: { title: string; detail?: string; path?: string }[] };
};

for (const file of readdirSync(join(github, 'workflows'))) {
	test(`the workflow ${file} is valid for GitHub Actions (action-validator, SchemaStore's schema)`, () => {
		const { errors } = validateWorkflow(readFileSync(join(github, 'workflows', file), 'utf8'));
		assert.deepEqual(
			errors.map((e) => `${e.path ?? ''} ${e.title}: ${e.detail ?? ''}`),
			[],
		);
	});
}

test('the validator does catch a broken workflow', () => {
	assert.ok(
		validateWorkflow('on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors.length > 0,
	);
});

// GitHub's issue-form syntax, as its documentation defines it ("Syntax for issue forms" and "Syntax for GitHub's
// form schema"): no package of the published schema can be installed here, so its rules are restated in zod.
const id = z.string().regex(/^[a-zA-Z0-9_-]+$/);
const label = z.string().min(1);
const validations = z.object({ required: z.boolean() }).strict().optional();
const element = z.discriminatedUnion('type', [
	z
		.object({
			type: z.literal('markdown'),
			id: id.optional(),
			attributes: z.object({ value: z.string().min(1) }).strict(),
		})
		.strict(),
	z
		.object({
			type: z.literal('input'),
			id,
			attributes: z
				.object({
					label,
					description: z.string().optional(),
					placeholder: z.string().optional(),
					value: z.string().optional(),
				})
				.strict(),
			validations,
		})
		.strict(),
	z
		.object({
			type: z.literal('textarea'),
			id,
			attributes: z
				.object({
					label,
					description: z.string().optional(),
					placeholder: z.string().optional(),
					value: z.string().optional(),
					render: z.string().optional(),
				})
				.strict(),
			validations,
		})
		.strict(),
	z
		.object({
			type: z.literal('dropdown'),
			id,
			attributes: z
				.object({
					label,
					description: z.string().optional(),
					multiple: z.boolean().optional(),
					options: z.array(z.string().min(1)).min(1),
					default: z.number().int().optional(),
				})
				.strict(),
			validations,
		})
		.strict(),
	z
		.object({
			type: z.literal('checkboxes'),
			id,
			attributes: z
				.object({
					label,
					description: z.string().optional(),
					options: z.array(z.object({ label, required: z.boolean().optional() }).strict()).min(1),
				})
				.strict(),
		})
		.strict(),
]);
const issueForm = z
	.object({
		name: z.string().min(1),
		description: z.string().min(1),
		title: z.string().optional(),
		labels: z.array(z.string()).optional(),
		assignees: z.array(z.string()).optional(),
		projects: z.array(z.string()).optional(),
		type: z.string().optional(),
		body: z.array(element).min(1),
	})
	.strict()
	.superRefine((form, ctx) => {
		const ids = form.body.flatMap((e) => ('id' in e ? [e.id] : []));
		if (new Set(ids).size !== ids.length)
			ctx.addIssue({ code: 'custom', message: `ids must be unique: ${ids.join(', ')}` });
		if (!form.body.some((e) => e.type !== 'markdown'))
			ctx.addIssue({ code: 'custom', message: 'a form needs at least one field that is not markdown' });
		for (const e of form.body) {
			if (e.type === 'dropdown' && new Set(e.attributes.options).size !== e.attributes.options.length)
				ctx.addIssue({ code: 'custom', message: `dropdown ${e.id} repeats an option` });
		}
	});

const forms = readdirSync(join(github, 'ISSUE_TEMPLATE')).filter((file) => file !== 'config.yml');

test('the issue forms exist: a content error, a translation, a new case study, workshop feedback', () => {
	assert.deepEqual(forms.sort(), [
		'content-error.yml',
		'new-case-study.yml',
		'translation.yml',
		'workshop-feedback.yml',
	]);
});

for (const file of forms) {
	test(`the issue form ${file} follows GitHub's issue-form syntax`, () => {
		const result = issueForm.safeParse(parse(readFileSync(join(github, 'ISSUE_TEMPLATE', file), 'utf8')));
		assert.deepEqual(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), []);
	});
}

test('the form check does catch a broken form', () => {
	assert.equal(
		issueForm.safeParse({
			name: 'x',
			description: 'y',
			body: [{ type: 'dropdown', id: 'a b', attributes: { label: 'L', options: [] } }],
		}).success,
		false,
	);
});

test('the content-error form has the fields that "Report a problem" fills in (page, language)', () => {
	const form = parse(readFileSync(join(github, 'ISSUE_TEMPLATE', 'content-error.yml'), 'utf8')) as {
		body: { id?: string; attributes: { options?: string[] } }[];
	};
	const ids = form.body.map((e) => e.id);
	assert.ok(ids.includes('page') && ids.includes('language'));
	const languages = form.body.find((e) => e.id === 'language')!.attributes.options!;
	assert.deepEqual(
		languages,
		Object.values(guideLanguages).map(({ label }) => label),
	);
});

test('the issue chooser links to this repository, as package.json names it', () => {
	const config = parse(readFileSync(join(github, 'ISSUE_TEMPLATE', 'config.yml'), 'utf8')) as {
		contact_links: { url: string }[];
	};
	for (const link of config.contact_links)
		assert.ok(link.url.startsWith(`${repositoryUrl}/`), `${link.url} is not in ${repositoryUrl}`);
});
