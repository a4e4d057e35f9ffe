// Makes sure the browser tests have a Chromium: the system's (CHROMIUM_PATH, else Debian's /usr/bin/chromium)
// or Playwright's own, which is downloaded once when neither is there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from '../src/lib/chromium.ts';

if (systemChromium) {
	console.log(`Browser tests use ${systemChromium}.`);
} else if (existsSync(chromium.executablePath())) {
	console.log("Browser tests use Playwright's Chromium.");
} else {
	console.log("No Chromium found: downloading Playwright's (once).");
	const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	process.exit(install.status ?? 1);
}
