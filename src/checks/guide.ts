import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { readPage, walk, type Page } from '../lib/content.ts';
import { yamlAdvice } from '../lib/yaml-problem.ts';
import { messagesFile } from '../schemas/kit.ts';

/** One thing a contributor must fix (`error`), or should know (`notice`): the file, the line, what to do. */
export interface Problem {
	file: string;
	line?: number;
	message: string;
	severity?: 'error' | 'notice';
	/** The kind of mistake, where src/checks/explained.ts explains it in the language of the text too. */
	kind?: string;
	/** The language of the text at fault, and where it is (a field's path), for that explanation. */
	lang?: string;
	where?: string;
	/** The same, explained in the language of the text (src/checks/explained.ts). */
	explained?: { lang: string; message: string };
}

/** A data file of the guide, parsed, or why it could not be. */
export interface DataFile {
	file: string;
	data?: unknown;
	problem?: Problem;
}

/** Everything the content checks read, loaded once from a copy of the guide (the repository, or a test's copy). */
export interface Guide {
	root: string;
	pages: Page[];
	/** Pages whose frontmatter could not be read, as problems. */
	unreadable: Problem[];
	strings: Record<string, DataFile>;
	checklists: (DataFile & { key: string })[];
	glossary: DataFile;
	/** content/plan.yaml: the parts of a reader's plan. */
	plan: DataFile;
	/** content/kit/messages.yaml: the session kit's message templates. */
	messages: DataFile;
}

export function readYamlFile(root: string, file: string): DataFile {
	try {
		return { file, data: parse(readFileSync(join(root, file), 'utf8')) };
	} catch (error) {
		const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
		return {
			file,
			problem: { file, line, message: `not valid YAML: ${(error as Error).message.split('\n')[0]} ${yamlAdvice}` },
		};
	}
}

function readJsonFile(root: string, file: string): DataFile {
	if (!existsSync(join(root, file)))
		return {
			file,
			problem: { file, message: 'is missing: copy content/i18n/en.json to this file and translate its values.' },
		};
	try {
		return { file, data: JSON.parse(readFileSync(join(root, file), 'utf8')) };
	} catch (error) {
		return {
			file,
			problem: {
				file,
				message: `is not valid JSON: ${(error as Error).message}. Each line is "key": "text", with a comma after every line but the last.`,
			},
		};
	}
}

export function loadGuide(root: string, languages: string[]): Guide {
	const docsDir = join(root, 'content', 'docs');
	const unreadable: Problem[] = [];
	const pages: Page[] = [];
	for (const path of walk(docsDir)) {
		try {
			const page = readPage(path, root, docsDir);
			if (page.lang !== '404') pages.push(page);
		} catch (error) {
			const [file = path, ...message] = (error as Error).message.split(': ');
			unreadable.push({ file, message: `${message.join(': ')} ${yamlAdvice}` });
			// Still a page that others may link to: only its frontmatter is reported.
			const [lang = '', ...rest] = relative(docsDir, path).split(sep);
			const inLanguage = rest.join('/');
			pages.push({
				file,
				lang,
				inLanguage,
				slug: inLanguage.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''),
				frontmatter: {},
				body: '',
			});
		}
	}
	const checklistDir = join(root, 'content', 'checklists');
	const checklistFiles = existsSync(checklistDir)
		? readdirSync(checklistDir, { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.yaml'))
				.sort()
		: [];
	return {
		root,
		pages,
		unreadable,
		strings: Object.fromEntries(languages.map((lang) => [lang, readJsonFile(root, `content/i18n/${lang}.json`)])),
		checklists: checklistFiles.map((file) => ({
			key: file
				.replace(/\.yaml$/, '')
				.split('\\')
				.join('/'),
			...readYamlFile(root, `content/checklists/${file}`),
		})),
		glossary: readYamlFile(root, 'content/glossary.yaml'),
		plan: readYamlFile(root, 'content/plan.yaml'),
		messages: readYamlFile(root, messagesFile),
	};
}
