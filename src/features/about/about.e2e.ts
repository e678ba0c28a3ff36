import { expect, test } from '@playwright/test';

test('the about page names the source and gives a dated notice that later regulations apply', async ({ page }) => {
	await page.goto('tentang/');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1, name: 'Tentang SOP ini' })).toBeVisible();
	await expect(main.getByRole('heading', { level: 2, name: 'Dokumen sumber' })).toBeVisible();
	await expect(main).toContainText('Bagian Kerjasama Kota Bandung, Sub Bagian Kerjasama Luar Negeri');
	const notice = main.getByRole('complementary', { name: 'SOP tahun 2015' });
	await expect(notice).toContainText('SOP ini disusun pada tahun 2015');
	for (const regulation of ['PP 28/2018', 'Permendagri 25/2020', 'Permenlu 3/2019']) await expect(notice).toContainText(regulation);
	await expect(notice).toContainText('biropemerintahan.bantenprov.go.id');
	await expect(notice).toContainText('setkab.go.id');
	await expect(notice).toContainText('Konfirmasikan prosedur yang berlaku kepada Bagian Kerjasama Kota Bandung');
});

test('every step page points to the notice on later regulations @subpath', async ({ page }) => {
	await page.goto('langkah/terima-usulan/');
	await page.getByRole('main').getByRole('link', { name: 'kini berlaku peraturan yang lebih baru' }).click();
	await expect(page).toHaveURL(/\/tentang\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Tentang SOP ini' })).toBeVisible();
});

test('the English about page gives the same facts in English', async ({ page }) => {
	await page.goto('en/tentang/');
	await expect(page.getByRole('heading', { level: 1, name: 'About this SOP' })).toBeVisible();
	const notice = page.getByRole('complementary', { name: 'A 2015 SOP' });
	await expect(notice).toContainText('This SOP was written in 2015');
	for (const regulation of ['PP 28/2018', 'Permendagri 25/2020', 'Permenlu 3/2019']) await expect(notice).toContainText(regulation);
});
