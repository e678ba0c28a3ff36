import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { linkTargets, withMetadata } from './pdf-metadata';
import { PRINT_ORIGIN } from './print-settings';

const OTHER_SITE = 'https://peraturan.go.id/';

/** A one-page PDF with a link annotation to each address, as Chromium prints a page's links. */
async function pdfWithLinks(targets: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const page = doc.addPage();
	const links = targets.map((uri, i) =>
		doc.context.register(
			doc.context.obj({
				Type: 'Annot',
				Subtype: 'Link',
				Rect: [10, 10 + i * 20, 100, 25 + i * 20],
				A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
			}),
		),
	);
	page.node.set(PDFName.of('Annots'), doc.context.obj(links));
	return doc.save();
}

const metadata = { title: 'Tabel SOP', lang: 'id', creator: 'SOP Kerjasama Teknik' };

describe('links in a printed PDF', () => {
	const printed = pdfWithLinks([`${PRINT_ORIGIN}/sop-kerjasama/langkah/terima-usulan/`, OTHER_SITE, `${PRINT_ORIGIN}/sop-kerjasama/tentang/#sumber`]);

	it('lead to the published site when its origin is known', async () => {
		const finished = await withMetadata(await printed, { ...metadata, siteOrigin: 'https://kota.example' });
		expect(await linkTargets(finished)).toEqual(['https://kota.example/sop-kerjasama/langkah/terima-usulan/', OTHER_SITE, 'https://kota.example/sop-kerjasama/tentang/#sumber']);
	});

	it('to the site’s own pages are removed when its origin is unknown, links elsewhere kept', async () => {
		expect(await linkTargets(await withMetadata(await printed, metadata))).toEqual([OTHER_SITE]);
	});

	it('leave a page without any when none remains', async () => {
		const finished = await withMetadata(await pdfWithLinks([`${PRINT_ORIGIN}/alur/`]), metadata);
		const [page] = (await PDFDocument.load(finished)).getPages();
		expect(page!.node.Annots()).toBeUndefined();
	});
});
