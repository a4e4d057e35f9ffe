// Runs npm scripts side by side, so that `npm test` uses both cores of a small machine: each script's output is
// printed whole when it ends (never interleaved), and the run fails if any script fails.
// Usage: node scripts/run-together.ts lint:types build
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const results = await Promise.all(
	scripts.map(
		(script) =>
			new Promise<number>((resolve) => {
				const child = spawn('npm', ['run', '--silent', script], {
					stdio: ['ignore', 'pipe', 'pipe'],
					shell: process.platform === 'win32',
				});
				let output = '';
				child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
				child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
				child.on('close', (code) => {
					console.log(`\n── npm run ${script} ${code === 0 ? 'passed' : `failed (exit ${code})`} ──\n${output}`);
					resolve(code ?? 1);
				});
			}),
	),
);
process.exit(results.some((code) => code !== 0) ? 1 : 0);
