import { expect, test } from '@playwright/test';

const CAPTION = 'SOP Kerjasama Teknik, Bagian Kerjasama Kota Bandung, Sub Bagian Kerjasama Luar Negeri, 2015';

// The table's rows, columns and the mark of each step in its actor's column: src/features/sop-table/sop-table.dist.test.ts
// and src/features/step/reading.dist.test.ts. Here: what the stylesheet does with them.
test('the SOP table shows the mark of every step @subpath', async ({ page }) => {
	await page.goto('tabel-sop/');
	const rows = page.getByRole('table', { name: CAPTION }).locator('tbody').getByRole('row');
	await expect(rows).toHaveCount(23);
	const marks = rows.locator('.sk-mark');
	await expect(marks).toHaveCount(23);
	for (const mark of await marks.all()) await expect(mark).toBeVisible();
});

test('the SOP table scrolls in its own box on a 375 px screen, not the page', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('tabel-sop/');
	const box = page.getByRole('region', { name: CAPTION });
	const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await box.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('the SOP table prints on A4 landscape without navigation, its header repeated and no row split', async ({ page }) => {
	await page.goto('tabel-sop/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
	await expect(page.getByRole('banner')).toBeHidden();
	const table = page.getByRole('table', { name: CAPTION });
	await expect(table).toBeVisible();
	expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
	expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	const pageSizes = await page.evaluate(() =>
		[...document.styleSheets].flatMap((sheet) => {
			const visit = (rules: CSSRuleList): string[] =>
				[...rules].flatMap((rule) => (rule instanceof CSSPageRule ? [rule.style.getPropertyValue('size')] : 'cssRules' in rule ? visit((rule as CSSGroupingRule).cssRules) : []));
			return visit(sheet.cssRules);
		}),
	);
	expect(pageSizes.map((size) => size.toLowerCase())).toContain('a4 landscape');
	const tableWidth = await table.evaluate((el) => el.getBoundingClientRect().width);
	expect(tableWidth).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
});

test('the summary page prints every step text without navigation', async ({ page }) => {
	await page.goto('ringkasan/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
	const articles = page.getByRole('main').getByRole('article');
	await expect(articles).toHaveCount(23);
	// Their text is checked in src/features/step/summary.dist.test.ts: here, that print shows it.
	const quotes = articles.getByRole('figure');
	await expect(quotes).toHaveCount(23);
	for (const quote of await quotes.all()) await expect(quote).toBeVisible();
	expect(await articles.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});
