import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { documentsByIssuer, documentsByPhase } from './catalogue';

// What the catalogue lists (every document, the partner view, the documents of each phase and of each issuing office,
// the filter box's links): src/features/catalogue/catalogue.dist.test.ts. Here: following its links in a browser.
test.describe('the document catalogue', () => {
	test('is reached from the navigation and lists every document @subpath', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Katalog dokumen' }).click();
		await expect(page).toHaveURL(/\/dokumen\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
		await expect(page.getByRole('region', { name: translate('id', 'documents.all.heading') }).getByRole('article')).toHaveCount(sop.documents.length);
	});

	test('links a producing step to its page', async ({ page }) => {
		await page.goto('dokumen/');
		await page.getByRole('article', { name: 'Telaahan staf', exact: true }).getByRole('link', { name: 'Langkah 6', exact: true }).click();
		await expect(page).toHaveURL(/\/langkah\/susun-telaahan-staf\/$/);
	});

	test('the partner view links a document to its entry, which scrolls into view', async ({ page }) => {
		await page.goto('dokumen/');
		const partner = page.getByRole('region', { name: translate('id', 'documents.partner.heading') });
		const doc = sop.documents.find((d) => d.origin === 'outside')!;
		await partner.getByRole('link', { name: doc.name.id, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`#${doc.id}$`));
		await expect(page.getByRole('article', { name: doc.name.id, exact: true }).getByRole('heading', { level: 3 })).toBeInViewport();
	});

	test('the filter box leads with plain anchor links to a section, a phase and an issuing office, each brought into view', async ({ page }) => {
		await page.goto('dokumen/');
		const filter = page.getByRole('navigation', { name: translate('id', 'documents.filter.label') });
		const issuersHeading = translate('id', 'documents.issuers.heading');
		await filter.getByRole('link', { name: issuersHeading, exact: true }).click();
		await expect(page).toHaveURL(/#per-penerbit$/);
		await expect(page.getByRole('heading', { level: 2, name: issuersHeading, exact: true })).toBeInViewport();

		const phase = documentsByPhase(sop).at(-1)!.phase;
		const phaseLabel = `Tahap ${phase.order}: ${phase.title.id}`;
		await filter.getByRole('link', { name: phaseLabel }).click();
		await expect(page).toHaveURL(new RegExp(`#tahap-${phase.id}$`));
		await expect(page.getByRole('region', { name: phaseLabel }).getByRole('heading', { level: 3 })).toBeInViewport();

		const office = documentsByIssuer(sop).at(-1)!.office;
		await filter.getByRole('link', { name: office.short.id, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`#penerbit-${office.id}$`));
		await expect(page.getByRole('region', { name: office.name.id, exact: true }).getByRole('heading', { level: 3 })).toBeInViewport();
	});

	test('the English catalogue has the same documents under the same anchors', async ({ page }) => {
		await page.goto('en/dokumen/#rancangan-mou');
		await expect(page.getByRole('heading', { level: 1, name: 'Document catalogue' })).toBeVisible();
		await expect(page.getByRole('article', { name: 'Draft MOU', exact: true })).toBeInViewport();
		await expect(page.getByRole('region', { name: 'All documents' }).getByRole('article')).toHaveCount(sop.documents.length);
	});

	test('prints on A4 without navigation or filter, with the kelengkapan tables', async ({ page }) => {
		await page.goto('dokumen/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: translate('id', 'documents.filter.label') })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
		await expect(page.getByRole('table', { name: translate('id', 'field.requires') }).first()).toBeVisible();
		await expect(page.getByText(/^Dicetak: \d+ \S+ \d{4}$/)).toBeVisible();
	});

	test('an unknown document address gets the 404 page with a link to the catalogue @subpath', async ({ page }) => {
		const response = await page.goto('dokumen/tidak-ada/');
		expect(response?.status()).toBe(404);
		await page.getByRole('main').getByRole('link', { name: 'Katalog dokumen' }).click();
		await expect(page).toHaveURL(/\/dokumen\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
	});
});
