import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { buildSopTable } from './sop-table';
import { getOffice } from '../../model/query';

const CAPTION = 'SOP Kerjasama Teknik, Bagian Kerjasama Kota Bandung, Sub Bagian Kerjasama Luar Negeri, 2015';
const { columns, rows } = buildSopTable(sop);

test('the SOP table has 23 rows and one column per pelaksana, each step marked in its actor column @subpath', async ({ page }) => {
	await page.goto('tabel-sop/');
	const table = page.getByRole('table', { name: CAPTION });
	await expect(table.locator('tbody').getByRole('row')).toHaveCount(23);
	const headers = table.locator('thead tr').nth(1).getByRole('columnheader');
	await expect(headers).toHaveText([...columns.map((office) => office.short.id), 'Kelengkapan', 'Waktu', 'Output']);
	for (const name of ['No', 'Kegiatan', 'Pelaksana', 'Keterangan']) await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();

	for (const [i, row] of rows.entries()) {
		const tr = table.locator('tbody').getByRole('row').nth(i);
		await expect(tr.getByRole('rowheader')).toContainText(row.step.title.id);
		const mark = tr.locator('.sk-mark');
		await expect(mark).toHaveCount(1);
		await expect(mark).toBeVisible();
		await expect(mark).toHaveText(new RegExp(`dilaksanakan oleh ${getOffice(sop, row.actor).short.id}$`));
		const column = await mark.evaluate((el) => (el.closest('td') as HTMLTableCellElement).cellIndex);
		expect(column - 2, `step ${row.step.number}`).toBe(columns.findIndex((office) => office.id === row.actor));
	}
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
	for (const [i, row] of rows.entries()) await expect(articles.nth(i).getByRole('figure')).toContainText(row.step.sopText);
	expect(await articles.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});
