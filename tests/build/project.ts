import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const projectFiles = ['content', 'src', 'public', 'astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json'];

/**
 * A throw-away copy of the guide's sources, for builds that are meant to fail. It sits inside the repository
 * (in .test-builds/, ignored by git) so that it finds the guide's node_modules as a parent folder.
 */
export function copyOfTheGuide() {
	mkdirSync(join(root, '.test-builds'), { recursive: true });
	const dir = mkdtempSync(join(root, '.test-builds', 'guide-'));
	for (const file of projectFiles) cpSync(join(root, file), join(dir, file), { recursive: true });
	return {
		dir,
		write: (path: string, text: string) => writeFileSync(join(dir, path), text),
		append: (path: string, text: string) => appendFileSync(join(dir, path), text),
		build() {
			const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
				cwd: dir,
				encoding: 'utf8',
				// These builds are meant to fail before PDFs matter.
				env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CHECKLIST_PDFS: 'skip' },
			});
			return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}
