import { expect, test, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { buildSopTable } from './sop-table';
import { translate } from './strings';

const CAPTION = 'SOP Kerjasama Teknik, Bagian Kerjasama Kota Bandung, Sub Bagian Kerjasama Luar Negeri, 2015';
const HINT = translate('id', 'table.scrollHint');
const { columns } = buildSopTable(sop);

/** The horizontal middle of an element on the screen. */
const middle = async (page: Page, selector: string) =>
	page.locator(selector).first().evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.left + box.width / 2;
	});

// The table's rows, columns and marks, and the decisions in the deciding office's column:
// src/features/sop-table/sop-table.dist.test.ts. Here: what the reader sees of them.
test('the SOP table shows the mark of every step and every decision @subpath', async ({ page }) => {
	await page.goto('tabel-sop/');
	const rows = page.getByRole('table', { name: CAPTION }).locator('tbody').getByRole('row');
	const decisions = sop.steps.filter((step) => step.decision).length;
	await expect(rows).toHaveCount(sop.steps.length + decisions);
	const marks = rows.locator('.sk-mark');
	await expect(marks).toHaveCount(sop.steps.length + decisions);
	for (const mark of await marks.all()) await expect(mark).toBeVisible();
});

for (const width of [375, 1280]) {
	test(`at ${width} px the table scrolls in its own box, says so, keeps No and Kegiatan in view, and shows each decision under the office that takes it`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('tabel-sop/');
		const box = page.getByRole('region', { name: CAPTION });
		await expect(page.getByText(HINT)).toBeVisible();
		const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

		// Each decision's diamond stands under the header of the office that decides it.
		for (const step of sop.steps.filter((s) => s.decision)) {
			const decider = step.decision!.decidedBy[0]!;
			const column = columns.findIndex((office) => office.id === decider);
			await box.evaluate((el, x) => (el.scrollLeft = x), 0);
			const header = `.sk-sop-table thead tr:nth-child(2) th:nth-child(${column + 1})`;
			const row = page.locator('.sk-decision-row').filter({ hasText: step.decision!.question.id });
			await row.locator('.sk-mark').evaluate((el) => el.scrollIntoView({ inline: 'center', block: 'center' }));
			await expect(row.locator('.sk-mark')).toBeInViewport();
			expect(Math.abs((await middle(page, header)) - (await row.locator('.sk-mark').evaluate((el) => el.getBoundingClientRect().left + el.getBoundingClientRect().width / 2)))).toBeLessThan(4);
		}

		// Scrolled to its end, the first two columns are where they were.
		await box.evaluate((el) => (el.scrollLeft = 0));
		const before = { no: await middle(page, 'tbody td.sk-no'), activity: await middle(page, 'tbody th.sk-activity') };
		await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
		expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
		// (Within the table's own 1 px border, which scrolls away.)
		expect(Math.abs((await middle(page, 'tbody td.sk-no')) - before.no)).toBeLessThanOrEqual(1.5);
		expect(Math.abs((await middle(page, 'tbody th.sk-activity')) - before.activity)).toBeLessThanOrEqual(1.5);
		// And nothing scrolled under them shows through.
		const covered = await page.locator('tbody tr').first().evaluate((tr) => {
			window.scrollBy(0, tr.getBoundingClientRect().top - 200);
			const activity = tr.querySelector('th')!.getBoundingClientRect();
			const hit = document.elementFromPoint(activity.left + activity.width / 2, activity.top + 4);
			const opaque = [tr.querySelector('th')!, tr.querySelector('td')!].every((cell) => getComputedStyle(cell).backgroundColor !== 'rgba(0, 0, 0, 0)');
			return opaque && hit?.closest('th') === tr.querySelector('th');
		});
		expect(covered).toBe(true);

		await box.evaluate((el) => (el.scrollLeft = 0));
		await box.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	});
}

test('on a screen as wide as the table, it neither scrolls nor says it does', async ({ page }) => {
	await page.setViewportSize({ width: 2400, height: 900 });
	await page.goto('tabel-sop/');
	const box = page.getByRole('region', { name: CAPTION });
	expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
	await expect(page.getByText(HINT)).toBeHidden();
});

test('the SOP table prints on A4 landscape without navigation or hint, its header repeated and no row split', async ({ page }) => {
	await page.goto('tabel-sop/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByText(HINT)).toBeHidden();
	const table = page.getByRole('table', { name: CAPTION });
	await expect(table).toBeVisible();
	expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
	expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	expect(await table.locator('tbody th').first().evaluate((el) => getComputedStyle(el).position)).toBe('static');
	// Borders collapsed into the cells: a border of the table's own would run on to the foot of a page where the next row does not fit.
	expect(await table.evaluate((el) => getComputedStyle(el).borderCollapse)).toBe('collapse');
	const pageSizes = await page.evaluate(() =>
		[...document.styleSheets].flatMap((sheet) => {
			const visit = (rules: CSSRuleList): string[] =>
				[...rules].flatMap((rule) => (rule instanceof CSSPageRule ? [rule.style.getPropertyValue('size')] : 'cssRules' in rule ? visit((rule as CSSGroupingRule).cssRules) : []));
			return visit(sheet.cssRules);
		}),
	);
	expect(pageSizes.map((size) => size.toLowerCase())).toContain('a4 landscape');
	expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('page'))).toBe('sk-a4-landscape');
	// A4 landscape is 297 mm wide; less 2 × 10 mm of margin, 277 mm, about 1047 CSS px: the table fits it.
	await page.setViewportSize({ width: 1047, height: 740 });
	const tableWidth = await table.evaluate((el) => el.getBoundingClientRect().width);
	expect(tableWidth).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
});

test('the summary page prints every step text without navigation', async ({ page }) => {
	await page.goto('ringkasan/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
	const articles = page.getByRole('main').getByRole('article');
	await expect(articles).toHaveCount(23);
	for (const [i, step] of sop.steps.entries()) await expect(articles.nth(i).getByRole('figure')).toContainText(step.sopText);
	expect(await articles.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
});
