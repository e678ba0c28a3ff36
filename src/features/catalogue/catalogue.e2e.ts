import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { documentsByIssuer, documentsByPhase, partnerTable } from './catalogue';

const PARTNER_TABLE = translate('id', 'documents.partner.caption');
const SECTIONS = translate('id', 'documents.sections');

// What the catalogue lists (the partners' table, every document described once, the documents of each phase and of
// each issuing office, the marks): src/features/catalogue/catalogue.dist.test.ts. Here: reading and following it in a browser.
test.describe('the document catalogue', () => {
	test('is reached from the navigation and opens with the partners’ table @subpath', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Katalog dokumen' }).click();
		await expect(page).toHaveURL(/\/dokumen\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
		const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
		expect(headings[0]).toBe(translate('id', 'documents.partner.heading'));
		await expect(page.getByRole('table', { name: PARTNER_TABLE }).getByRole('row')).toHaveCount(partnerTable(sop).length + 1);
	});

	for (const width of [375, 1280]) {
		test(`at ${width} px the partners’ table reads row by row: the step, who, what is handed in or signed, to or with whom`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('dokumen/');
			const table = page.getByRole('table', { name: PARTNER_TABLE });
			const rows = table.getByRole('row');
			for (const [i, row] of partnerTable(sop).entries()) {
				const tr = rows.nth(i + 1);
				await expect(tr.getByRole('rowheader')).toHaveText(`Langkah ${row.step.number}: ${row.step.title.id}`);
				await expect(tr.getByRole('cell').nth(1)).toContainText(`${translate('id', `act.${row.act}`)} ${row.doc.name.id}`);
				await expect(tr).toBeVisible();
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			// On a phone each row is a block whose cells carry their column's name (the headers stay for screen readers);
			// on a wide screen the columns have visible headers.
			const firstRow = rows.nth(1);
			const layout = await firstRow.evaluate((tr) => ({ row: getComputedStyle(tr).display, label: getComputedStyle(tr.querySelector('td')!, '::before').content }));
			const columnHeaders = table.getByRole('columnheader');
			await expect(columnHeaders).toHaveText(['Langkah', 'Oleh', 'Yang dilakukan', 'Kepada atau bersama']);
			if (width < 640) {
				expect(layout.row).toBe('block');
				expect(layout.label).toContain(translate('id', 'documents.partner.who'));
				expect((await table.locator('thead').boundingBox())!.height).toBeLessThanOrEqual(1);
			} else {
				expect(layout.row).toBe('table-row');
				await expect(columnHeaders.first()).toBeVisible();
				expect((await columnHeaders.first().boundingBox())!.height).toBeGreaterThan(10);
			}
		});
	}

	test('shows each document by its name and opens its description when the name is chosen', async ({ page }) => {
		await page.goto('dokumen/');
		const all = page.getByRole('region', { name: translate('id', 'documents.all.heading') });
		const entry = all.locator('details').filter({ has: page.getByRole('heading', { name: 'Telaahan staf', exact: true }) });
		const doc = sop.documents.find((d) => d.id === 'telaahan-staf')!;
		await expect(entry.getByText(doc.description.id)).toBeHidden();
		await entry.getByText('Telaahan staf', { exact: true }).click();
		await expect(entry.getByText(doc.description.id)).toBeVisible();
		await entry.getByRole('link', { name: 'Langkah 6: Menyusun telaahan staf atas keputusan Tim TKKSD', exact: true }).click();
		await expect(page).toHaveURL(/\/langkah\/susun-telaahan-staf\/$/);
	});

	test('the partners’ table, a phase and an issuing office each lead to the one description of a document, which opens', async ({ page }) => {
		await page.goto('dokumen/');
		const targets = [
			[page.getByRole('table', { name: PARTNER_TABLE }), partnerTable(sop)[1]!.doc],
			[page.locator(`section[aria-labelledby="tahap-${documentsByPhase(sop).at(-1)!.phase.id}"]`), documentsByPhase(sop).at(-1)!.produces.at(-1)!.doc],
			[page.locator('dl.sk-issuers'), documentsByIssuer(sop).at(-1)!.entries[0]!.doc],
		] as const;
		for (const [view, doc] of targets) {
			await view.getByRole('link', { name: doc.name.id, exact: true }).first().click();
			await expect(page).toHaveURL(new RegExp(`#${doc.id}$`));
			await expect(page.locator(`[id="${doc.id}"]`)).toBeVisible();
			await expect(page.locator(`[id="${doc.id}"]`)).toContainText(doc.description.id);
			await expect(page.getByRole('heading', { level: 3, name: doc.name.id, exact: true })).toBeInViewport();
		}
	});

	test('its list of sections leads to each view with a plain anchor link', async ({ page }) => {
		await page.goto('dokumen/');
		const nav = page.getByRole('navigation', { name: SECTIONS });
		for (const [slug, key] of [
			['per-penerbit', 'documents.issuers.heading'],
			['per-tahap', 'documents.phases.heading'],
			['semua-dokumen', 'documents.all.heading'],
			['dari-luar', 'documents.partner.heading'],
		] as const) {
			await nav.getByRole('link', { name: translate('id', key), exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`#${slug}$`));
			await expect(page.getByRole('heading', { level: 2, name: translate('id', key), exact: true })).toBeInViewport();
		}
	});

	test('the English catalogue has the same documents under the same anchors', async ({ page }) => {
		await page.goto('en/dokumen/#rancangan-mou');
		await expect(page.getByRole('heading', { level: 1, name: 'Document catalogue' })).toBeVisible();
		await expect(page.locator('#rancangan-mou')).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'Draft MOU', exact: true })).toBeInViewport();
		await expect(page.getByRole('region', { name: 'All documents' }).locator('details')).toHaveCount(sop.documents.length);
	});

	test('prints on A4 without navigation, with the partners’ table and every description open', async ({ page }) => {
		await page.goto('dokumen/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: SECTIONS })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
		await expect(page.getByRole('table', { name: PARTNER_TABLE }).getByRole('columnheader').first()).toBeVisible();
		for (const doc of sop.documents) await expect(page.getByText(doc.description.id, { exact: true })).toBeVisible();
		await expect(page.getByText(/^Dicetak: \d+ \S+ \d{4}$/)).toBeVisible();
		expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('page'))).toBe('sk-a4');
	});

	test('an unknown document address gets the 404 page with a link to the catalogue @subpath', async ({ page }) => {
		const response = await page.goto('dokumen/tidak-ada/');
		expect(response?.status()).toBe(404);
		await page.getByRole('main').getByRole('link', { name: 'Katalog dokumen' }).click();
		await expect(page).toHaveURL(/\/dokumen\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
	});
});
