import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { documentsByIssuer, documentsByPhase } from './catalogue';
import { getOffice, stepsProducing, stepsRequiring } from '../../model/query';

const stepLink = (step: { number: number }) => `Langkah ${step.number}`;
const stepLinkWithTitle = (step: { number: number; title: { id: string } }) => `Langkah ${step.number}: ${step.title.id}`;

test.describe('the document catalogue', () => {
	test('is reached from the navigation and lists every document with its producing and requiring steps @subpath', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Katalog dokumen' }).click();
		await expect(page).toHaveURL(/\/dokumen\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Katalog dokumen' })).toBeVisible();
		const all = page.getByRole('region', { name: translate('id', 'documents.all.heading') });
		await expect(all.getByRole('article')).toHaveCount(sop.documents.length);
		for (const doc of sop.documents) {
			const article = all.getByRole('article', { name: doc.name.id, exact: true });
			await expect(article.getByRole('heading', { level: 3 })).toHaveAttribute('id', doc.id);
			await expect(article).toContainText(doc.description.id);
			for (const id of doc.issuedBy) await expect(article.getByRole('link', { name: getOffice(sop, id).name.id, exact: true })).toHaveCount(1);
			const produced = stepsProducing(sop, doc.id);
			if (produced.length === 0) await expect(article).toContainText(translate('id', 'documents.none.producedAt'));
			const stepLinks = article.getByRole('link', { name: /^Langkah \d+$/ });
			await expect(stepLinks).toHaveText([...produced, ...stepsRequiring(sop, doc.id)].map(stepLink));
		}
	});

	test('links a producing step to its page', async ({ page }) => {
		await page.goto('dokumen/');
		await page.getByRole('article', { name: 'Telaahan staf', exact: true }).getByRole('link', { name: 'Langkah 6', exact: true }).click();
		await expect(page).toHaveURL(/\/langkah\/susun-telaahan-staf\/$/);
	});

	test('the partner view lists only the documents from outside the city government, with when they are needed', async ({ page }) => {
		await page.goto('dokumen/');
		const partner = page.getByRole('region', { name: translate('id', 'documents.partner.heading') });
		const outside = sop.documents.filter((doc) => doc.origin === 'outside');
		expect(outside.map((doc) => doc.id)).toEqual(['usulan-kerjasama', 'persetujuan-pihak-luar-negeri']);
		await expect(partner.getByRole('term')).toHaveText(outside.map((doc) => doc.name.id));
		for (const doc of outside) {
			const first = stepsRequiring(sop, doc.id)[0]!;
			await expect(partner.getByRole('link', { name: stepLinkWithTitle(first), exact: true })).toHaveCount(1);
		}
		for (const doc of sop.documents.filter((d) => d.origin !== 'outside')) await expect(partner.getByRole('link', { name: doc.name.id, exact: true })).toHaveCount(0);
	});

	test('filters by phase with plain anchor links: each phase lists its complete kelengkapan', async ({ page }) => {
		await page.goto('dokumen/');
		const filter = page.getByRole('navigation', { name: translate('id', 'documents.filter.label') });
		for (const { phase, needs, produces } of documentsByPhase(sop)) {
			await filter.getByRole('link', { name: `Tahap ${phase.order}: ${phase.title.id}` }).click();
			await expect(page).toHaveURL(new RegExp(`#tahap-${phase.id}$`));
			const section = page.getByRole('region', { name: `Tahap ${phase.order}: ${phase.title.id}` });
			await expect(section.getByRole('heading', { level: 3 })).toBeInViewport();
			const needed = section.getByRole('table', { name: translate('id', 'field.requires') }).getByRole('rowheader');
			await expect(needed).toHaveText(needs.map(({ doc }) => doc.name.id));
			const made = section.getByRole('table', { name: translate('id', 'field.produces') }).getByRole('rowheader');
			await expect(made).toHaveText(produces.map(({ doc }) => doc.name.id));
		}
	});

	test('the filter box is also the page\'s table of contents: a link to each section', async ({ page }) => {
		await page.goto('dokumen/');
		const filter = page.getByRole('navigation', { name: translate('id', 'documents.filter.label') });
		const sections = [
			['dari-luar', 'documents.partner.heading'],
			['semua-dokumen', 'documents.all.heading'],
			['per-tahap', 'documents.phases.heading'],
			['per-penerbit', 'documents.issuers.heading'],
		] as const;
		for (const [slug, key] of sections) {
			await filter.getByRole('link', { name: translate('id', key), exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`#${slug}$`));
			await expect(page.getByRole('heading', { level: 2, name: translate('id', key), exact: true })).toBeInViewport();
		}
	});

	test('filters by issuing office with plain anchor links', async ({ page }) => {
		await page.goto('dokumen/');
		const filter = page.getByRole('navigation', { name: translate('id', 'documents.filter.label') });
		for (const { office, entries } of documentsByIssuer(sop)) {
			await filter.getByRole('link', { name: office.short.id, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`#penerbit-${office.id}$`));
			const section = page.getByRole('region', { name: office.name.id, exact: true });
			await expect(section.getByRole('listitem')).toHaveText(entries.map(({ doc }) => doc.name.id));
		}
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
