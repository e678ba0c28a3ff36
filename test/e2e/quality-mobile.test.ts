import { BUILDS, listPages } from '../support/built-site';
import { findCutSelectLabels, findHorizontalScroll, openPhoneMenu, PHONE_WIDTH } from '../support/mobile';
import { expect, test } from '../support/worker-pages';

// Every page of the build on a 375 px phone: nothing scrolls sideways (wide content scrolls in its own box), and the
// menu's theme and language pickers show their whole labels.
for (const path of listPages(BUILDS[0]!)) {
	test(`${path} on a phone`, async ({ jsPage: page }) => {
		await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
		await page.goto(path);
		const problems = await findHorizontalScroll(page);
		// The menu holds the theme and language pickers (a page's own form controls are not counted).
		if (await openPhoneMenu(page)) await expect(page.locator('#starlight__sidebar').getByRole('combobox')).toHaveCount(2);
		problems.push(...(await findCutSelectLabels(page)));
		expect(problems).toEqual([]);
	});
}

for (const [path, theme, language] of [
	['/', 'Pilih tema', 'Pilih Bahasa'],
	['/en/', 'Select theme', 'Select language'],
] as const) {
	test(`the header's theme and language labels are whole on a desktop (${path})`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		await expect(page.getByRole('combobox', { name: theme })).toBeVisible();
		await expect(page.getByRole('combobox', { name: language })).toBeVisible();
		expect(await findCutSelectLabels(page)).toEqual([]);
	});
}
