// Serves the built guide on http://localhost:4321 (or PORT), building it first when dist/ is missing or older
// than its sources.
import { spawnSync } from 'node:child_process';
import { basePathOf } from '../src/lib/base-path.ts';
import { startStaticServer } from '../src/lib/serve-built-site.ts';
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

// Not astro preview, of which only one may run in a folder: `npm start` and the browser tests (on their own port)
// can then serve the guide at the same time.
const port = Number(process.env.PORT ?? 4321);
const base = process.env.SITE_URL ? basePathOf(process.env.SITE_URL) : '/';
try {
	const { origin } = await startStaticServer({
		root: 'dist',
		base,
		port,
		host: 'localhost',
		gzip: true,
		cacheControl: 'no-cache',
		onResponse: ({ path, status }) => status === 404 && console.log(`404 ${path}`),
	});
	console.log(`The guide is at ${origin}${base} (Ctrl+C stops it).`);
} catch (error) {
	const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
	console.error(inUse ? `Port ${port} is taken: stop what serves there, or choose another with PORT=4322.` : error);
	process.exit(1);
}
