import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
};

/**
 * Serves a built site on a free local port under its base path, for a browser to print or test it.
 * `onRequest` hears the path of every request, for tests that count what a browser fetches.
 */
export async function serveBuiltSite(
	root: string,
	base: string,
	onRequest?: (path: string) => void,
): Promise<{ server: Server; origin: string }> {
	const server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		onRequest?.(path);
		if (!path.startsWith(base)) return response.writeHead(404).end();
		const inSite = `/${path.slice(base.length)}`;
		const file = join(root, inSite.endsWith('/') ? `${inSite}index.html` : inSite);
		const body = await readFile(file).catch(() => undefined);
		if (!body) return response.writeHead(404).end();
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
