import { expect, test } from '@playwright/test';
import { pdfDocuments } from './pdf-documents';
import { translate } from './strings';
import { sop } from '../../content/sop';

const documents = pdfDocuments(sop);
/** One page of each kind, in each language. */
const samples = documents.filter((doc) => doc.kind !== 'checklist' || doc.officeId === 'kasubag-kln');

for (const doc of samples) {
	test(`${doc.page} offers its PDF by a link named with its size, which downloads it and is left off paper @subpath`, async ({ page }) => {
		await page.goto(doc.page.slice(1));
		const link = page.getByRole('link', { name: new RegExp(`^${translate(doc.lang, 'pdf.download')} \\(\\d+[,.]\\d kB\\)$`) });
		await expect(link).toBeVisible();
		const response = await page.request.get(await link.getAttribute('href').then((href) => href!));
		expect(response.status()).toBe(200);
		expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toBe(doc.path.slice(doc.path.lastIndexOf('/') + 1));
		await page.emulateMedia({ media: 'print' });
		await expect(link).toBeHidden();
	});
}
