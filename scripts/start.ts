// Serves the built guide on http://localhost:4321 (or PORT), building it first when dist/ is missing or older
// than its sources.
import { spawn, spawnSync } from 'node:child_process';
import { isStale } from './lib/freshness.ts';

const sources = [
	'content',
	'src',
	'public',
	'astro.config.mjs',
	'content.config.ts',
	'package.json',
	'package-lock.json',
];

if (isStale('dist/index.html', sources)) {
	console.log('Building the guide (dist/ is missing or older than its sources)…');
	const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
} else {
	console.log('dist/ is up to date with the sources: serving it.');
}

const server = spawn('npx', ['astro', 'preview', '--port', process.env.PORT ?? '4321'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
