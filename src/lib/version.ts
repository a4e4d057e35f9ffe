import { execSync } from 'node:child_process';

/** The guide's version date: the day of the last commit (YYYY-MM-DD), or today outside a git checkout. */
export const versionDate =
	(() => {
		try {
			return execSync('git log -1 --format=%cs', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		} catch {
			return '';
		}
	})() || new Date().toISOString().slice(0, 10);
