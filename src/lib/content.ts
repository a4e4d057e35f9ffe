import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

export const root = join(import.meta.dirname, '..', '..');
export const docsDir = join(root, 'content', 'docs');

export interface Page {
	/** The file, from the repository's root: `content/docs/es/about.mdx`. */
	file: string;
	/** The file inside its language folder: `about.mdx`. */
	inLanguage: string;
	lang: string;
	/** The page's path inside its language folder, without extension: `process/prework/identify-stakeholders`. */
	slug: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

/** Every page file under a folder. */
export function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : /\.mdx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

/** Reads a page's frontmatter and body; a frontmatter that is not valid YAML throws with the file's name. */
export function readPage(path: string, base = root, docs = docsDir): Page {
	const file = relative(base, path).split(sep).join('/');
	const [lang = '', ...rest] = relative(docs, path).split(sep);
	const inLanguage = rest.join('/');
	const text = readFileSync(path, 'utf8');
	const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
	let frontmatter: Record<string, unknown> = {};
	if (match) {
		try {
			frontmatter = (parse(match[1]!) as Record<string, unknown> | null) ?? {};
		} catch (error) {
			throw new Error(`${file}: the frontmatter between the --- lines is not valid YAML: ${(error as Error).message}`, {
				cause: error,
			});
		}
	}
	return {
		file,
		inLanguage,
		lang,
		slug: inLanguage.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''),
		frontmatter,
		body: match ? match[2]! : text,
	};
}

/** Every page of the guide, or of one language. */
export function pages(lang?: string, dir = docsDir, base = root): Page[] {
	return walk(lang ? join(dir, lang) : dir)
		.map((path) => readPage(path, base, dir))
		.filter((page) => page.slug !== '' || page.lang !== '404');
}

export const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));
