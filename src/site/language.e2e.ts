import { expect, test } from '@playwright/test';
import { sop } from '../content/sop';
import { orderedSteps } from '../model/query';

const step = orderedSteps(sop)[4]!;

test.describe('the language link', () => {
	// A plain link: it must work without JavaScript.
	test.use({ javaScriptEnabled: false });

	test('leads to the same page in the other language and back @subpath', async ({ page }) => {
		await page.goto(`langkah/${step.id}/`);
		await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/en/langkah/${step.id}/$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1, name: step.title.en })).toBeVisible();

		await page.getByRole('banner').getByRole('link', { name: 'Bahasa Indonesia', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/langkah/${step.id}/$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'id');
		await expect(page.getByRole('heading', { level: 1, name: step.title.id })).toBeVisible();
	});

	test('is in the mobile menu too, and names the language in that language', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto('en/dokumen/');
		await page.getByRole('button', { name: 'Menu' }).click();
		const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bahasa Indonesia', exact: true });
		await expect(link).toHaveAttribute('lang', 'id');
		await expect(link).toHaveAttribute('hreflang', 'id');
		await link.click();
		await expect(page).toHaveURL(/\/dokumen\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
	});

	test('leads from the page not found to the home page of the other language', async ({ page }) => {
		await page.goto('tidak-ada/');
		await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/$/);
	});
});
