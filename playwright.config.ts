import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tools/find-chromium';
import { SUBPATH } from './test/support/built-site';

const executablePath = findChromium(process.env, existsSync);
const isRoot = process.getuid?.() === 0;
// E2E_PORT lets several checkouts run their browser tests side by side.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4321);
const SUBPATH_PORT = ROOT_PORT + 1;

export default defineConfig({
	// Browser tests sit beside their feature (`src/features/<feature>/*.e2e.ts`); the checks over every page in test/quality/;
	// the web server's configuration with its test in deploy/.
	testDir: '.',
	testMatch: '{src,test,deploy}/**/*.e2e.ts',
	fullyParallel: true,
	// One worker per core (Playwright's default is half the cores): the tests spend much of their time waiting on the
	// browser and the preview servers (`--workers` overrides it).
	workers: '100%',
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: 'list',
	use: {
		...devices['Desktop Chrome'],
		launchOptions: { executablePath, args: chromiumArgs(isRoot) },
	},
	projects: [
		{ name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
		// Tests tagged @subpath run again against the build under a sub-path.
		{ name: 'subpath', grep: /@subpath/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` } },
	],
	// Both builds served as a plain web server serves them (test/support/serve-build.ts), each ready in a moment.
	webServer: [
		{ command: `node test/support/serve-build.ts dist ${ROOT_PORT}`, url: `http://127.0.0.1:${ROOT_PORT}/`, reuseExistingServer: !process.env.CI },
		{
			command: `node test/support/serve-build.ts dist-subpath ${SUBPATH_PORT} ${SUBPATH}`,
			url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
			reuseExistingServer: !process.env.CI,
		},
	],
});
