// Completes each built page's content security policy: first in its head, with the hashes of all its head's styles
// and only the hashes it uses (src/lib/content-security-policy.ts says why).
// Before the PDFs, which a browser prints from the pages under their policy, and the offline guide, which packs the
// pages as they are at the end.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/built-html.ts';
import { completedPolicy } from '../lib/content-security-policy.ts';

export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let moved = 0;
				for (const file of await htmlFiles(fileURLToPath(dir))) {
					const updated = completedPolicy(await readFile(file, 'utf8'));
					if (updated === undefined) continue;
					await writeFile(file, updated);
					moved++;
				}
				logger.info(`The content security policy opens the head of every page, with all its styles (${moved} pages).`);
			},
		},
	};
}
