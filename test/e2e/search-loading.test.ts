import { expect, test, type Page } from '@playwright/test';
import { isSearchAsset } from '../../bench/page-types';
import { sop } from '../../src/content/sop';
import { orderedSteps } from '../../src/lib/sop/query';

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
