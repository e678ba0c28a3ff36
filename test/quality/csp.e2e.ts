import { BUILDS, listPages } from '../support/built-site';
import { enforcePolicyAsHeader, watchCspViolations } from '../support/csp';
import { expect, test } from '../support/worker-pages';

// Every page of the build under its own strict policy (sent as a header as well, see enforcePolicyAsHeader):
// the browser reports no violation while the page loads and runs its scripts.
for (const path of listPages(BUILDS[0]!)) {
	test(`no CSP violation on ${path}`, async ({ jsPage: page }) => {
		const violations = watchCspViolations(page);
		await page.goto(path);
		// Starlight starts loading search when the browser is idle: let that run too.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 1000 }), { timeout: 1000 })));
		expect(violations()).toEqual([]);
	});
}

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
