// The one static server for the built guide: `npm start` and the browser tests, the checklist PDFs' printing, the
// build tests, and the offline figures (compressed and on a slow connection, as a reader gets it from a host).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content types astro preview sends, so that a page behaves here as it does there. */
const types: Record<string, string> = {
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'text/xml',
	'.svg': 'image/svg+xml',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
};
const text = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.webmanifest']);

export interface Served {
	path: string;
	status: number;
	/** The bytes of the body as sent: compressed, when it was. */
	bytes: number;
}

export interface ServeOptions {
	/** The built site (`dist/`); a function when the folder changes while serving, as between two builds. */
	root: string | (() => string);
	/** The path the site is published under: `/`, or `/participation-guide/` for SITE_URL with a path. */
	base?: string;
	/** 0 (the default) takes a free port. */
	port?: number;
	host?: string;
	/** Compress text for a browser that accepts it, as web hosts do. */
	gzip?: boolean;
	/** One slow line shared by every response: a round trip before each, then its bytes at this speed. */
	throttle?: { bytesPerSecond: number; roundTripMs: number };
	/** `no-cache` makes a reload show a new build; `max-age=600` is what GitHub Pages sends. */
	cacheControl?: string;
	/** Hears the path of every request, before it is answered. */
	onRequest?: (path: string) => void;
	/** Hears every answer: for a request log, or to count what a page costs. */
	onResponse?: (served: Served) => void;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Answers as astro preview does with `trailingSlash: 'always'`: `/en/about/` is `en/about/index.html`, and a page
 * asked for without its slash (`/en/about`) is not found; anything missing gets the site's 404.html, as a 404.
 */
export async function startStaticServer(options: ServeOptions): Promise<{ server: Server; origin: string }> {
	const { base = '/', port = 0, host = '127.0.0.1', gzip = false, throttle, cacheControl } = options;
	const rootNow = () => resolve(typeof options.root === 'string' ? options.root : options.root());
	let lineFreeAt = 0;

	const fileOf = (root: string, path: string): string | undefined => {
		if (!path.startsWith(base)) return undefined;
		const inSite = `/${path.slice(base.length)}`;
		const file = resolve(join(root, inSite.endsWith('/') ? `${inSite}index.html` : inSite));
		return file.startsWith(root + sep) ? file : undefined;
	};

	async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
		let path: string;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			response.writeHead(400).end();
			return;
		}
		options.onRequest?.(path);
		const root = rootNow();
		const file = fileOf(root, path);
		const found = file && (await readFile(file).catch(() => undefined));
		const notFound = found ? undefined : await readFile(join(root, '404.html')).catch(() => undefined);
		const body = found ?? notFound ?? Buffer.from('Not found');
		const status = found ? 200 : 404;
		const type = found ? extname(file) : notFound ? '.html' : '';
		const compress = gzip && text.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		const wire = compress ? gzipSync(body) : body;

		if (throttle) await wait(throttle.roundTripMs);
		response.writeHead(status, {
			'content-type': types[type] ?? 'application/octet-stream',
			...(cacheControl ? { 'cache-control': cacheControl } : {}),
			...(compress ? { 'content-encoding': 'gzip' } : {}),
		});
		if (throttle) {
			lineFreeAt = Math.max(lineFreeAt, Date.now()) + (wire.length / throttle.bytesPerSecond) * 1000;
			await wait(lineFreeAt - Date.now());
		}
		response.end(wire);
		options.onResponse?.({ path, status, bytes: wire.length });
	}

	const server = createServer((request, response) => {
		answer(request, response).catch((error: unknown) => {
			console.error(error);
			if (!response.headersSent) response.writeHead(500);
			response.end();
		});
	});
	await new Promise<void>((listening, failed) => {
		server.once('error', failed);
		server.listen(port, host, listening);
	});
	const { port: taken } = server.address() as AddressInfo;
	return { server, origin: `http://${host.includes(':') ? `[${host}]` : host}:${taken}` };
}

/**
 * Serves a built site on a free local port under its base path, for a browser to print or test it.
 * `onRequest` hears the path of every request, for tests that count what a browser fetches.
 */
export const serveBuiltSite = (root: string, base: string, onRequest?: (path: string) => void) =>
	startStaticServer({ root, base, onRequest });
