// Serves the built guide on http://localhost:4321, building it first when dist/ is missing or older than its sources.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['content', 'src', 'public', 'astro.config.mjs', 'content.config.ts', 'package.json', 'package-lock.json'];
const builtMarker = join('dist', 'index.html');

function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt = existsSync(builtMarker) ? statSync(builtMarker).mtimeMs : 0;
if (builtAt < Math.max(...sources.map(newestChange))) {
	console.log(builtAt ? 'The sources changed since the last build: building the guide…' : 'Building the guide…');
	const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
} else {
	console.log('dist/ is up to date with the sources: serving it.');
}

const server = spawn('npx', ['astro', 'preview', '--port', '4321'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
