import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { getOffice } from '../../model/query';

// Every office and term with its anchor, meaning and other spellings: src/features/glossary/glossary.dist.test.ts.
test('an office named on a step page links to its role page @subpath', async ({ page }) => {
	await page.goto('langkah/rapat-tim-tkksd/');
	const office = getOffice(sop, 'tim-tkksd');
	await page.locator('.sk-facts').getByRole('link', { name: office.short.id, exact: true }).first().click();
	await expect(page).toHaveURL(/\/peran\/tim-tkksd\/$/);
	await expect(page.getByRole('heading', { level: 1, name: office.name.id })).toBeVisible();
});

test('a document named on a step page links to its entry in the catalogue', async ({ page }) => {
	await page.goto('langkah/susun-telaahan-staf/');
	await page.locator('.sk-facts').getByRole('link', { name: 'Telaahan staf', exact: true }).click();
	await expect(page).toHaveURL(/\/dokumen\/#telaahan-staf$/);
});

test('glossary entries lead on to the role page of an office and to the document a term names', async ({ page }) => {
	await page.goto('istilah/');
	await page.getByRole('link', { name: 'Peran dan daftar periksa BPK' }).click();
	await expect(page).toHaveURL(/\/peran\/bpk\/$/);
	await page.goto('istilah/#telaahan-staf');
	await page.locator('#telaahan-staf').locator('..').getByRole('link', { name: 'Dokumen terkait di katalog dokumen' }).click();
	await expect(page).toHaveURL(/\/dokumen\/#telaahan-staf$/);
});

test('the English glossary gives English meanings', async ({ page }) => {
	await page.goto('en/istilah/');
	await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
	await expect(page.getByRole('main')).toContainText(getOffice(sop, 'bpk').name.en);
});
