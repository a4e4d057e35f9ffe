// The content checks, in seconds: frontmatter, interface strings, checklists, glossary, step pages, case studies,
// translations, links, the glossary's terms, and Markdown style. `npm run check`; `-- --github` also writes
// GitHub annotations, so that a pull request shows each problem on its file.
import { main as markdownlint } from 'markdownlint-cli2';
import { root } from '../src/lib/content.ts';
import { checkContent, formatExplained, formatProblem, isError, type Problem } from '../src/checks/index.ts';

const github = process.argv.includes('--github');
const annotate = (kind: 'error' | 'notice', problem: Problem) => {
	const { file, line } = problem;
	const message = [problem.message, formatExplained(problem)].filter(Boolean).join('\n');
	if (github)
		console.log(
			`::${kind} file=${file}${line ? `,line=${line}` : ''}::${message.replace(/%/g, '%25').replace(/\n/g, '%0A')}`,
		);
};
/** A problem's lines: the English message, then, for a text in another language, its explanation in that language. */
const print = (prefix: string, problem: Problem) => {
	console.log(`    ${prefix}${formatProblem(problem)}`);
	const explained = formatExplained(problem);
	if (explained) console.log(`      ${explained}`);
};

let errors = 0;
for (const { name, problems } of checkContent(root)) {
	const failing = problems.filter(isError);
	const notices = problems.filter((problem) => !isError(problem));
	errors += failing.length;
	console.log(
		failing.length
			? `✗ ${name}: ${failing.length} to fix`
			: `✓ ${name}${notices.length ? ` (${notices.length} to know)` : ''}`,
	);
	for (const problem of failing) {
		print('', problem);
		annotate('error', problem);
	}
	for (const problem of notices) {
		print('note: ', problem);
		annotate('notice', problem);
	}
}

const styleMessages: string[] = [];
const styleStatus = await markdownlint({
	argv: [],
	directory: root,
	logMessage: () => {},
	logError: (message: string) => styleMessages.push(message),
});
console.log(
	styleStatus === 0
		? '✓ Markdown style'
		: `✗ Markdown style: ${styleMessages.length} to fix (each line names the rule; its name says what to change)`,
);
for (const message of styleMessages) console.log(`    ${message}`);
if (styleStatus !== 0) errors += styleMessages.length || 1;

if (errors) {
	console.log(
		`\n${errors} problem${errors === 1 ? '' : 's'} to fix. Each line names the file (and line), then what to do. The table of messages: content/docs/en/contribute/checks.mdx.`,
	);
	process.exit(1);
}
console.log('\nEvery content check passes.');
