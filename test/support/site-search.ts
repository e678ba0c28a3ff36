import { expect, type Page } from '@playwright/test';

/** The labels of the search dialog in a language: the input's name, the words between the count and the query, the button for more. */
export interface SearchLabels {
	input: string;
	results: string;
	more: string;
}

/** The labels of the search dialog on an Indonesian page. */
export const INDONESIAN_SEARCH_LABELS: SearchLabels = { input: 'Pencarian', results: 'hasil untuk', more: 'Muat hasil lainnya' };

/**
 * Searches from the open search dialog and returns the paths of every result, once all are listed and loaded.
 * Pagefind lists a result at once and fills in its title and link when its fragment has loaded; it shows the first
 * results with a button for more.
 */
export async function searchResultPaths(page: Page, query: string, labels: SearchLabels = INDONESIAN_SEARCH_LABELS): Promise<string[]> {
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: labels.input }).fill(query);
	const message = dialog.getByText(new RegExp(`^\\d+ ${labels.results} ${query}$`));
	await expect(message).toBeVisible();
	const total = Number((await message.textContent())!.match(/^\d+/)![0]);
	const results = dialog.locator('li.pagefind-ui__result');
	const more = dialog.getByRole('button', { name: labels.more });
	await expect(async () => {
		if (await more.isVisible()) await more.click();
		expect(await results.count()).toBe(total);
		expect(await dialog.locator('.pagefind-ui__loading').count()).toBe(0);
		expect(await results.locator('a.pagefind-ui__result-link').count()).toBeGreaterThanOrEqual(total);
	}).toPass();
	const hrefs = await dialog.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	return [...new Set(hrefs)];
}
