import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The most recent change time (ms) of a file, or of anything inside a folder; 0 when it does not exist. */
export function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** True when `built` is missing or older than any of `sources`. */
export function isStale(built: string, sources: string[]): boolean {
	if (!existsSync(built)) return true;
	return statSync(built).mtimeMs < Math.max(...sources.map(newestChange));
}
