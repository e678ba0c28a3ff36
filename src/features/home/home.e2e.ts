import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { orderedPhases } from '../../model/query';

test('the home page says what the site is, for whom, and leads to the phases and the reference pages @subpath', async ({ page }) => {
	await page.goto('./');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1, name: 'Panduan SOP Kerjasama Teknik' })).toBeVisible();
	await expect(main.getByRole('heading', { level: 2, name: 'Untuk siapa' })).toBeVisible();
	await expect(main.getByRole('listitem').filter({ hasText: 'Pegawai baru' })).toBeVisible();
	const phaseLinks = main.getByRole('heading', { name: 'Prosedur per tahap' }).locator('xpath=following-sibling::ol[1]').getByRole('link');
	await expect(phaseLinks).toHaveText(orderedPhases(sop).map((phase) => phase.title.id));
	for (const name of ['Ringkasan prosedur', 'Tabel SOP: kelengkapan dan output', 'Daftar istilah', 'Tentang SOP ini']) await expect(main.getByRole('link', { name })).toBeVisible();
	await phaseLinks.first().click();
	await expect(page).toHaveURL(/\/tahap\/penerimaan-usulan\/$/);
});

test('the English home page is in English', async ({ page }) => {
	await page.goto('en/');
	await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Who this is for' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: orderedPhases(sop)[0]!.title.en })).toHaveAttribute('href', /\/en\/tahap\/penerimaan-usulan\/$/);
});
