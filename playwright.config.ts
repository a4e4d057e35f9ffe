import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './src/lib/chromium.ts';

// Its own port, so that the tests never meet a guide that `npm start` is serving on 4321; TEST_PORT moves it, for a
// second checkout whose tests run at the same time.
const port = Number(process.env.TEST_PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://localhost:${port}`,
		// Each test starts from a fresh browser: a service worker would install for it and keep every page it opens,
		// work that only the offline tests want (they allow it).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: systemChromium,
			args: chromiumArgs,
		},
	},
	projects: [
		// What a contributor waits for (`npm test`): one page of each template, and what only a browser can check.
		{ name: 'quick', testIgnore: 'full/**' },
		// On demand (`npm run test:full`): axe and requests on every built page.
		{ name: 'full', testDir: 'tests/e2e/full' },
	],
	webServer: {
		command: `PORT=${port} node scripts/start.ts`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
	},
});
