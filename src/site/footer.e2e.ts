import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseSettings } from './settings';
import { findA11yViolations, showTheme, THEMES, WIDTHS } from '../../test/support/a11y';

/** The sub-path build uses the test settings, which give a contact; the root build ships without one. */
const testContact = parseSettings(readFileSync('test/fixtures/site-settings.json', 'utf8'), 'test settings').contact;

for (const width of [375, 1280]) {
	test.describe(`the footer at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		test('gives the contact with the test settings and none without, and the date of the content @subpath', async ({ page }, testInfo) => {
			const hasContact = testInfo.project.name === 'subpath';
			await page.goto('langkah/persetujuan-dprd/');
			const contact = page.locator('#kontak');
			const date = page.locator('footer .sk-content-date time');
			await expect(date).toBeVisible();
			await expect(date).toHaveText(/^\d{1,2} \S+ \d{4}$/);
			if (!hasContact) {
				await expect(contact).toHaveCount(0);
				await expect(page.getByRole('heading', { name: 'Kontak' })).toHaveCount(0);
				// The sentence that sends readers to the Sub Bagian reads whole, as plain text.
				await expect(page.getByText('Tanyakan kepada Sub Bagian Kerjasama Luar Negeri.', { exact: false }).first()).toBeVisible();
				return;
			}
			await expect(contact.getByRole('heading', { name: 'Kontak' })).toBeVisible();
			await expect(contact.getByRole('link', { name: testContact.telephone! })).toHaveAttribute('href', /^tel:\+/);
			await expect(contact.getByRole('link', { name: testContact.email! })).toHaveAttribute('href', `mailto:${testContact.email}`);
			await expect(contact).toContainText(testContact.officeHours!.id);
			for (const line of testContact.address!) await expect(contact).toContainText(line);
			// The block fits the screen: no sideways scrolling, on a phone too.
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

			// "Ask the Sub Bagian" leads to it.
			await page.locator('section.sk-next').getByRole('link', { name: 'Sub Bagian Kerjasama Luar Negeri' }).click();
			await expect(page).toHaveURL(/#kontak$/);
			await expect(contact).toBeInViewport();
		});

		test('speaks the page’s language @subpath', async ({ page }, testInfo) => {
			await page.goto('en/');
			await expect(page.locator('footer .sk-content-date')).toContainText('Content of this guide last changed:');
			if (testInfo.project.name === 'subpath') {
				await expect(page.locator('#kontak').getByRole('heading', { name: 'Contact' })).toBeVisible();
				await expect(page.locator('#kontak')).toContainText(testContact.officeHours!.en);
			} else {
				await expect(page.locator('#kontak')).toHaveCount(0);
			}
		});
	});
}

test('the contact block passes the accessibility check in both themes and widths @subpath', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'subpath', 'only the sub-path build has a contact');
	await page.goto('langkah/persetujuan-dprd/');
	const violations: string[] = [];
	for (const theme of THEMES) {
		await showTheme(page, theme);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			violations.push(...(await findA11yViolations(page, `${theme}, ${width} px`)));
		}
	}
	expect(violations).toEqual([]);
});
