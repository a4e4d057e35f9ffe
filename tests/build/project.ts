import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const projectFiles = [
	'content',
	'src',
	'public',
	'astro.config.mjs',
	'content.config.ts',
	'package.json',
	'tsconfig.json',
];

/**
 * A throw-away copy of the guide's sources, for builds that change it. It sits inside the repository (in
 * .test-builds/, ignored by git) so that it finds the guide's node_modules as a parent folder.
 */
export function copyOfTheGuide() {
	mkdirSync(join(root, '.test-builds'), { recursive: true });
	const dir = mkdtempSync(join(root, '.test-builds', 'guide-'));
	for (const file of projectFiles) cpSync(join(root, file), join(dir, file), { recursive: true });
	const path = (file: string) => join(dir, file);
	return {
		dir,
		read: (file: string) => readFileSync(path(file), 'utf8'),
		write: (file: string, text: string) => {
			mkdirSync(dirname(path(file)), { recursive: true });
			writeFileSync(path(file), text);
		},
		append: (file: string, text: string) => appendFileSync(path(file), text),
		/** `astro build`, with the environment given (SITE_URL, CHECKLIST_PDFS…); PDFs are skipped unless asked. */
		build(env: Record<string, string> = {}) {
			const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
				cwd: dir,
				encoding: 'utf8',
				env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CHECKLIST_PDFS: 'skip', ...env },
			});
			return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
