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
		// The menu holds the theme picker and the link to the other language (a page's own form controls are not counted).
		if (await openPhoneMenu(page)) {
			const menu = page.locator('#starlight__sidebar');
			await expect(menu.getByRole('combobox')).toHaveCount(1);
			await expect(menu.getByRole('link', { name: path.startsWith('/en/') ? 'Bahasa Indonesia' : 'English', exact: true })).toBeVisible();
		}
		problems.push(...(await findCutSelectLabels(page)));
		expect(problems).toEqual([]);
	});
}

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
