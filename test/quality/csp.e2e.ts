import { expect, test } from '@playwright/test';
import { enforcePolicyAsHeader, watchCspViolations } from '../support/csp';

// Using the site under its strict policy (sent as a header as well, see enforcePolicyAsHeader): the browser reports no
// violation. Loading each page under its policy is one of the checks of test/quality/pages.e2e.ts.
test.describe('interaction under the policy', () => {
	test.beforeEach(async ({ context }) => enforcePolicyAsHeader(context));

	test('search finds pages', async ({ page }) => {
		const violations = watchCspViolations(page);
		await page.goto('./');
		await page.getByRole('button', { name: 'Pencarian', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Pencarian' });
		await dialog.getByRole('textbox').fill('usulan');
		await expect(dialog.getByRole('link').first()).toBeVisible();
		await dialog.getByRole('textbox').press('Enter');
		expect(violations()).toEqual([]);
	});

	test('the theme picker switches the theme', async ({ page }) => {
		const violations = watchCspViolations(page);
		await page.goto('./');
		const picker = page.getByRole('combobox', { name: 'Pilih tema' });
		await picker.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await picker.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(violations()).toEqual([]);
	});
});
