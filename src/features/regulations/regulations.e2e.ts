import { expect, test } from '@playwright/test';
import { regulations } from '../../content/regulations';
import { sop } from '../../content/sop';
import { orderedSteps } from '../../model/query';
import { regulationNoteFor, stepsWithStatus } from '../../model/regulation-query';
import { searchResultPaths } from '../../../test/support/site-search';

const steps = orderedSteps(sop);
const numberOf = (id: string) => steps.find((step) => step.id === id)!.number;

test('a step page shows the box “Sejak 2015” with its status, its quotes and the caveat, and links to the changes @subpath', async ({ page }) => {
	await page.goto('langkah/persetujuan-dprd/');
	const box = page.getByRole('region', { name: 'Sejak 2015' });
	await expect(box).toBeVisible();
	await expect(box).toContainText('Status: Masih diwajibkan');
	await expect(box.locator('cite', { hasText: 'PP 28/2018 Pasal 30 ayat (4)' })).toBeVisible();
	await expect(box.locator('blockquote[lang="id"]', { hasText: '45 (empat puluh lima) hari kerja' })).toBeVisible();
	await expect(box.locator('p', { hasText: /^Perlu dikonfirmasi:/ })).toContainText('Permendagri 25/2020');
	await box.getByRole('link', { name: 'Perubahan sejak 2015 untuk semua langkah' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Perubahan sejak 2015' })).toBeVisible();
});

test('the English box speaks English, with the Indonesian quote marked and an unofficial rendering', async ({ page }) => {
	await page.goto('en/langkah/tanda-tangan-mou/');
	const box = page.getByRole('region', { name: 'Since 2015' });
	await expect(box).toContainText('Status: Now set out in Government Regulation 28/2018');
	await expect(box.locator('cite')).toHaveText(['Government Regulation 28/2018, Article 33(4)']);
	await expect(box.locator('blockquote')).toHaveAttribute('lang', 'id');
	await expect(box.locator('p', { hasText: /^Unofficial English rendering:/ })).toContainText('confirmation letter');
	await expect(box.locator('p', { hasText: /^To be confirmed:/ })).toContainText('Minister of Home Affairs Regulation 25/2020');
});

test.describe('the page of changes without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every step, and each status link shows only the steps of that status until “show all”', async ({ page }) => {
		await page.goto('perubahan/');
		const table = page.getByRole('table', { name: 'Setiap langkah SOP 2015 dan ketentuan peraturan sekarang' });
		const rows = table.locator('tbody tr');
		await expect(rows).toHaveCount(steps.length);
		const filter = page.getByRole('navigation', { name: 'Status terhadap PP 28/2018' });
		for (const status of regulations.statuses) {
			await filter.getByRole('link', { name: status.label.id, exact: true }).click();
			await expect(page.getByText(`Tabel hanya menampilkan langkah berstatus “${status.label.id}”.`)).toBeVisible();
			const expected = stepsWithStatus(regulations, status.id);
			await expect(rows.locator('visible=true')).toHaveCount(expected.length);
			expect(await rows.locator('visible=true').evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(expected);
		}
		await page.getByRole('link', { name: 'Tampilkan semua langkah' }).locator('visible=true').click();
		await expect(rows.locator('visible=true')).toHaveCount(steps.length);
	});
});

test('the page of changes stacks its rows on a 375 px screen, each cell labelled, without scrolling sideways', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('en/perubahan/');
	const row = page.locator('tbody tr').first();
	await expect(row.getByText('What the 2015 SOP says (Indonesian)')).toBeVisible();
	await expect(row.getByText('What the regulations say now')).toBeVisible();
	const [first, second] = await row.locator('th, td').evaluateAll((cells) => cells.slice(0, 2).map((cell) => cell.getBoundingClientRect()));
	expect(second!.top).toBeGreaterThanOrEqual(first!.bottom - 1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.goto('en/langkah/persetujuan-dprd/');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('search finds the comparison and the step pages by the regulations’ own words', async ({ page }) => {
	const stepsQuoting = (words: string) =>
		steps.filter((step) => regulationNoteFor(regulations, step.id).articles.some((article) => article.quote.join(' ').toLowerCase().includes(words))).map((s) => s.id);
	await page.goto('./');
	await page.getByRole('button', { name: 'Pencarian' }).click();
	for (const [query, words] of [
		['surat konfirmasi', 'surat konfirmasi'],
		['45 hari kerja', 'hari kerja'],
		['pernyataan kehendak', 'pernyataan kehendak'],
	] as const) {
		const expected = stepsQuoting(words);
		expect(expected.length, query).toBeGreaterThan(0);
		const paths = await searchResultPaths(page, query);
		expect(paths, query).toContain('/perubahan/');
		for (const id of expected) expect(paths, `${query}: step ${numberOf(id)}`).toContain(`/langkah/${id}/`);
	}
});
