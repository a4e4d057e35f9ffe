import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML file of a built site, as a path from the disk's root: for build steps that write into the pages. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}
