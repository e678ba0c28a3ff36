import { expect, test } from '@playwright/test';

// What the summary lists, step by step: src/features/step/summary.dist.test.ts.
test('the summary page shows all 23 steps @subpath', async ({ page }) => {
	await page.goto('ringkasan/');
	await expect(page.getByRole('heading', { level: 1, name: 'Ringkasan prosedur' })).toBeVisible();
	const steps = page.locator('main article');
	await expect(steps).toHaveCount(23);
	await expect(steps.getByRole('heading', { level: 3 })).toHaveCount(23);
});

test('the home page links to the summary @subpath', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('main').getByRole('link', { name: 'Ringkasan prosedur' }).click();
	await expect(page).toHaveURL(/\/ringkasan\/$/);
	await expect(page.locator('main article')).toHaveCount(23);
});
