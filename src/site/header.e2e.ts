import { expect, test, type Page } from '@playwright/test';
import { sop } from '../content/sop';
import { orderedSteps } from '../model/query';
import { translate } from './site-strings';

const longestTitle = orderedSteps(sop).reduce((a, b) => (b.title.en.length > a.title.en.length ? b : a));
const pages = ['./', 'en/', `langkah/${longestTitle.id}/`, `en/langkah/${longestTitle.id}/`, `tahap/${sop.phases[1]!.id}/`, 'en/istilah/', 'tidak-ada/'];

/** The texts in the header bar that are cut without an ellipsis: wider than their box, and not ended with "…" (labels only screen readers get aside). */
async function findCutHeaderText(page: Page): Promise<string[]> {
	return page.getByRole('banner').evaluate((banner) =>
		[...banner.querySelectorAll<HTMLElement>('a, span, button')]
			.filter((el) => el.checkVisibility() && !el.closest('.sr-only') && el.textContent!.trim() !== '' && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis')
			.map((el) => `"${el.textContent!.trim()}" (${el.scrollWidth} px of text in ${el.clientWidth} px)`),
	);
}

test.describe('the header on a phone', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	for (const path of pages) {
		test(`shows the short title whole and the link to the other language in the bar, nothing cut (${path}) @subpath`, async ({ page }) => {
			await page.goto(path);
			const lang = path.startsWith('en/') ? 'en' : 'id';
			const banner = page.getByRole('banner');
			const title = banner.getByRole('link', { name: translate(lang, 'site.shortTitle'), exact: true });
			await expect(title).toBeVisible();
			// The short form fits: no ellipsis needed at 375 px.
			expect(await title.locator('span:visible').evaluate((span) => span.scrollWidth <= span.clientWidth)).toBe(true);
			const other = banner.getByRole('link', { name: lang === 'en' ? 'Bahasa Indonesia' : 'English', exact: true });
			await expect(other).toBeVisible();
			await expect(other).toBeInViewport({ ratio: 1 });
			// Nothing lies over it: the menu button and search leave it room.
			const box = (await other.boundingBox())!;
			const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.textContent?.trim(), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
			expect(hit).toBe(lang === 'en' ? 'Bahasa Indonesia' : 'English');
			expect(await findCutHeaderText(page)).toEqual([]);
		});
	}

	test('leads to the other language without opening the menu', async ({ page }) => {
		await page.goto(`langkah/${longestTitle.id}/`);
		await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/en/langkah/${longestTitle.id}/$`));
		expect(await page.locator('#starlight__sidebar').evaluate((menu) => menu.matches(':popover-open'))).toBe(false);
	});
});

test.describe('the header on a desktop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	for (const path of ['./', 'en/']) {
		test(`shows the full title, nothing cut (${path})`, async ({ page }) => {
			await page.goto(path);
			const lang = path.startsWith('en/') ? 'en' : 'id';
			await expect(page.getByRole('banner').getByRole('link', { name: translate(lang, 'site.title'), exact: true })).toBeVisible();
			expect(await findCutHeaderText(page)).toEqual([]);
		});
	}
});
