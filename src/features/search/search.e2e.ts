import { expect, test, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { orderedSteps } from '../../model/query';

/** The steps whose SOP sentence mentions a term: those a search for it must find. */
const stepsMentioning = (term: string) => orderedSteps(sop).filter((step) => step.sopText.toLowerCase().includes(term.toLowerCase()));

/** Searches from the open search dialog and returns the paths of every result, once all are loaded. */
async function search(page: Page, query: string, labels: { input: string; results: string; more: string }): Promise<string[]> {
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: labels.input }).fill(query);
	const message = dialog.getByText(new RegExp(`^\\d+ ${labels.results} ${query}$`));
	await expect(message).toBeVisible();
	const total = Number((await message.textContent())!.match(/^\d+/)![0]);
	// Pagefind shows the first results and a button for more: press it until every result is listed.
	const results = dialog.locator('li.pagefind-ui__result');
	const more = dialog.getByRole('button', { name: labels.more });
	await expect(async () => {
		if (await more.isVisible()) await more.click();
		expect(await results.count()).toBe(total);
		expect(await dialog.locator('.pagefind-ui__loading').count()).toBe(0);
	}).toPass();
	const hrefs = await dialog.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	return [...new Set(hrefs)];
}

test('searching in Indonesian finds the steps that mention full power, DPRD, telaahan staf and BPK @subpath', async ({ page, baseURL }) => {
	const base = new URL(baseURL!).pathname;
	await page.goto('./');
	await page.getByRole('button', { name: 'Pencarian' }).click();
	const labels = { input: 'Pencarian', results: 'hasil untuk', more: 'Muat hasil lainnya' };
	await expect(page.getByRole('dialog').getByRole('search', { name: 'Cari di situs ini' })).toBeVisible();
	for (const query of ['full power', 'DPRD', 'telaahan staf', 'BPK']) {
		const expected = stepsMentioning(query);
		expect(expected.length, query).toBeGreaterThan(0);
		const paths = await search(page, query, labels);
		for (const step of expected) expect(paths, `${query}: step ${step.number}`).toContain(`${base}langkah/${step.id}/`);
		expect(paths.every((path) => !path.startsWith(`${base}en/`)), query).toBe(true);
	}
});

test('a search finds the glossary and the SOP table too', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Pencarian' }).click();
	const paths = await search(page, 'BPK', { input: 'Pencarian', results: 'hasil untuk', more: 'Muat hasil lainnya' });
	expect(paths).toEqual(expect.arrayContaining(['/istilah/', '/tabel-sop/', '/langkah/laporan-kepala-daerah/']));
});

test('searching on an English page uses English labels and finds English pages', async ({ page }) => {
	await page.goto('en/');
	await page.getByRole('button', { name: 'Search' }).click();
	const paths = await search(page, 'DPRD', { input: 'Search', results: 'results for', more: 'Load more results' });
	for (const step of stepsMentioning('DPRD')) expect(paths).toContain(`/en/langkah/${step.id}/`);
	expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
});
