import { test as base, type Page } from '@playwright/test';
import { enforcePolicyAsHeader } from './csp';

/** The pages the checks over every built page share. */
interface WorkerPages {
	/** A page with JavaScript, under each page's own policy sent as a header too (see `enforcePolicyAsHeader`). */
	jsPage: Page;
	/** A page with JavaScript turned off. */
	noJsPage: Page;
}

/**
 * Playwright's `test`, with pages that last as long as a worker: the checks visit page after page of the build, and
 * opening a browser context for each visit would cost more than the visit. A test sets the viewport it needs.
 */
export const test = base.extend<object, WorkerPages>({
	jsPage: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, javaScriptEnabled: true });
			await enforcePolicyAsHeader(context);
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	noJsPage: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, javaScriptEnabled: false });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

export { expect } from '@playwright/test';
