// Runs before the guide's commands (npm's pre-scripts), in plain JavaScript so that any Node can run it: an older
// Node would otherwise fail later, on the first TypeScript file, with a message that says nothing useful.
// The versions are package.json's `engines.node`. `--quiet` only sets the exit code (for .ci/run).
import { readFileSync } from 'node:fs';
import { describeRanges, parseNodeRanges, satisfies } from './lib/node-range.mjs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ranges = parseNodeRanges(engines.node);
if (!satisfies(process.versions.node, ranges)) {
	if (!process.argv.includes('--quiet')) {
		const newest = Math.max(...ranges.map(({ version }) => version[0]));
		console.error(
			`\nThe Participation Guide needs Node.js ${describeRanges(ranges)}; this is Node ${process.versions.node}.\n` +
				`Install Node ${newest} LTS from https://nodejs.org/ (with nvm: run \`nvm install\` in this folder, which reads .nvmrc),\n` +
				'then run the command again.\n',
		);
	}
	process.exit(1);
}
