import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/lib/chromium.ts';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		...devices['Desktop Chrome'],
		baseURL: 'http://localhost:4321',
		launchOptions: {
			executablePath: systemChromium,
			args: chromiumArgs,
		},
	},
	webServer: {
		command: 'node scripts/start.ts',
		url: 'http://localhost:4321/',
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
	},
});
