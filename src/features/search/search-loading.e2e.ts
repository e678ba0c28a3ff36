import { expect, test, type Page } from '@playwright/test';
import { isSearchAsset } from '../../../bench/page-types';
import { siteSearchStrings } from './strings';
import { sop } from '../../content/sop';
import { orderedSteps } from '../../model/query';

const step = orderedSteps(sop)[0]!;

/** Records the URL path of every request the page makes from now on. */
function recordRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

/** Waits until the browser has been idle twice (idle-time loads have started) and the network is quiet. */
async function waitForIdle(page: Page): Promise<void> {
	for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
	await page.waitForLoadState('networkidle');
}

test('the search interface loads when search is first opened, not before @subpath', async ({ page }) => {
	const requests = recordRequests(page);
	await page.goto(`langkah/${step.id}/`);
	await waitForIdle(page);
	expect(requests.filter(isSearchAsset)).toEqual([]);

	await page.getByRole('button', { name: 'Pencarian' }).click();
	const dialog = page.getByRole('dialog', { name: 'Pencarian' });
	await expect(dialog).toBeVisible();
	const input = dialog.getByRole('textbox', { name: 'Pencarian' });
	await expect(input).toBeFocused();
	expect(requests.filter(isSearchAsset).length).toBeGreaterThan(0);
});

test('search finds a step and opens it @subpath', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Pencarian' }).click();
	const dialog = page.getByRole('dialog', { name: 'Pencarian' });
	await dialog.getByRole('textbox', { name: 'Pencarian' }).fill(step.title.id);
	const result = dialog.getByRole('link', { name: step.title.id, exact: true });
	await expect(result).toBeVisible();
	await result.click();
	await expect(page).toHaveURL(new RegExp(`/langkah/${step.id}/$`));
	await expect(page.getByRole('heading', { level: 1, name: step.title.id })).toBeVisible();
});

test('search works in English, opens with Ctrl+K and closes with Escape', async ({ page }) => {
	await page.goto('en/');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
	await page.keyboard.press('Control+k');
	await expect(dialog).toBeVisible();
	const input = dialog.getByRole('textbox', { name: 'Search' });
	await expect(input).toBeFocused();
	await input.fill(step.title.en);
	await expect(dialog.getByRole('link', { name: step.title.en, exact: true })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('when the search interface cannot load, the dialog says so in the language of the page, and the next opening loads it anew', async ({ page }) => {
	// A narrow screen, where the dialog has its own close button.
	await page.setViewportSize({ width: 375, height: 800 });
	let offline = true;
	const interfaceRequests: string[] = [];
	await page.route(
		(url) => isSearchAsset(url.pathname),
		(route) => {
			if (route.request().url().includes('pagefind-ui.js')) interfaceRequests.push(route.request().url());
			return offline ? route.abort() : route.continue();
		},
	);
	for (const lang of ['id', 'en'] as const) {
		offline = true;
		interfaceRequests.length = 0;
		await page.goto(lang === 'en' ? 'en/' : './');
		const label = lang === 'en' ? 'Search' : 'Pencarian';
		await page.getByRole('button', { name: label }).click();
		const dialog = page.getByRole('dialog', { name: label });
		await expect(dialog.getByRole('status')).toHaveText(siteSearchStrings[lang]['siteSearch.failed']);
		await dialog.getByRole('button', { name: siteSearchStrings[lang]['siteSearch.cancel'] }).click();
		await expect(dialog).toBeHidden();

		offline = false;
		await page.getByRole('button', { name: label }).click();
		await expect(dialog.getByRole('textbox', { name: label })).toBeFocused();
		await expect(dialog.getByRole('status')).toHaveCount(0);
		// The retry asked for the interface again, under a URL of its own: a browser that remembers the failed load of
		// the first URL for the life of the page (as Chromium 150 does for a failed module import) loads it all the same.
		expect(interfaceRequests).toHaveLength(2);
		expect(new Set(interfaceRequests).size).toBe(2);
	}
});
