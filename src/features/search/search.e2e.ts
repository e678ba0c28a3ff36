import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { orderedSteps } from '../../model/query';
import { INDONESIAN_SEARCH_LABELS, searchResultPaths } from '../../../test/support/site-search';

/** The steps whose SOP sentence mentions a term: those a search for it must find. */
const stepsMentioning = (term: string) => orderedSteps(sop).filter((step) => step.sopText.toLowerCase().includes(term.toLowerCase()));

test('searching in Indonesian finds the steps that mention full power, DPRD, telaahan staf and BPK @subpath', async ({ page, baseURL }) => {
	const base = new URL(baseURL!).pathname;
	await page.goto('./');
	await page.getByRole('button', { name: 'Pencarian' }).click();
	await expect(page.getByRole('dialog').getByRole('search', { name: 'Cari di situs ini' })).toBeVisible();
	for (const query of ['full power', 'DPRD', 'telaahan staf', 'BPK']) {
		const expected = stepsMentioning(query);
		expect(expected.length, query).toBeGreaterThan(0);
		const paths = await searchResultPaths(page, query);
		for (const step of expected) expect(paths, `${query}: step ${step.number}`).toContain(`${base}langkah/${step.id}/`);
		expect(paths.every((path) => !path.startsWith(`${base}en/`)), query).toBe(true);
	}
});

test('a search finds the glossary and the SOP table too', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Pencarian' }).click();
	const paths = await searchResultPaths(page, 'BPK', INDONESIAN_SEARCH_LABELS);
	expect(paths).toEqual(expect.arrayContaining(['/istilah/', '/tabel-sop/', '/langkah/laporan-kepala-daerah/']));
});

test('searching on an English page uses English labels and finds English pages', async ({ page }) => {
	await page.goto('en/');
	await page.getByRole('button', { name: 'Search' }).click();
	const paths = await searchResultPaths(page, 'DPRD', { input: 'Search', results: 'results for', more: 'Load more results' });
	for (const step of stepsMentioning('DPRD')) expect(paths).toContain(`/en/langkah/${step.id}/`);
	expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
});
