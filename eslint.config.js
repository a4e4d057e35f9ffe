// @ts-check
// Type-aware: it reads the types `astro sync` writes to .astro/, so `npm run lint:code` runs that first.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.test-builds/',
			'test-results/',
			'playwright-report/',
			'tests/fixtures/',
			'content/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		rules: {
			// Destructuring leaves out the fields named before `...rest`, on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			'@typescript-eslint/no-floating-promises': [
				'error',
				// node:test runs the tests it is given and reports their failures: nothing awaits `test()`.
				{
					allowForKnownSafeCalls: [
						{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
					],
				},
			],
		},
	},
	{
		// Components keep their logic in .ts files, which are checked with types. Their own few lines are checked
		// without: astro-eslint-parser has no project service, and a second TypeScript program for 16 files cost
		// about 14 s of every `npm test`.
		files: ['**/*.astro'],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { parserOptions: { projectService: false } },
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},
);
