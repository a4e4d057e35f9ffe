import { existsSync } from 'node:fs';

/** A system Chromium where there is one: CHROMIUM_PATH, else Debian's. Undefined means Playwright's own. */
export const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

/** Flags for a headless Chromium that runs as root in a sandbox and never calls home. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
