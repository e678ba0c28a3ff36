import { expect, test } from '@playwright/test';
import { findCutSelectLabels } from '../support/mobile';

// On a desktop the header holds the theme picker and the link to the other language, their labels whole.
for (const [path, theme, language] of [
	['/', 'Pilih tema', 'English'],
	['/en/', 'Select theme', 'Bahasa Indonesia'],
] as const) {
	test(`the header's theme picker and language link are whole on a desktop (${path})`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		await expect(page.getByRole('combobox', { name: theme })).toBeVisible();
		await expect(page.getByRole('banner').getByRole('link', { name: language, exact: true })).toBeVisible();
		expect(await findCutSelectLabels(page)).toEqual([]);
	});
}
