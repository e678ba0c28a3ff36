import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { PRINT_ORIGIN } from './print-settings';

/** What a PDF says about itself: its title, its language, the date of its content, and what made it. */
export interface PdfMetadata {
	title: string;
	/** A BCP 47 language code (`id`, `en`). */
	lang: string;
	/** The date of the content (YYYY-MM-DD), its creation and modification date; absent: the PDF carries no date. */
	date?: string;
	creator: string;
	/**
	 * The origin the site is published at (`SITE_URL`, without the base path): links to the site's pages then lead
	 * there. Absent: the PDF keeps no link to the site's own pages, as it cannot know where they are.
	 */
	siteOrigin?: string;
}

/**
 * Sets a printed PDF's metadata with pdf-lib: title (shown in the viewer's title bar), language, creator, and the
 * date of the content as its creation and modification date instead of the time it was printed, so that the same
 * content gives the same bytes; and leads its links to the site's pages to the published site (`relinkSitePages`).
 * The PDF is saved with object streams, which makes it smaller.
 */
export async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	doc.setTitle(metadata.title, { showInWindowTitleBar: true });
	doc.setLanguage(metadata.lang);
	doc.setCreator(metadata.creator);
	if (metadata.date) {
		const date = new Date(`${metadata.date}T00:00:00Z`);
		doc.setCreationDate(date);
		doc.setModificationDate(date);
	} else {
		const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
		info.delete(PDFName.of('CreationDate'));
		info.delete(PDFName.of('ModDate'));
	}
	relinkSitePages(doc, metadata.siteOrigin);
	return doc.save();
}

/**
 * Chromium prints each link of a page as a link annotation to the URL it loaded the page from: for the site's own pages,
 * the printing origin, which leads nowhere. Those links are pointed at the published site, or removed when its origin is
 * unknown (the text stays); links to other sites are kept.
 */
function relinkSitePages(doc: PDFDocument, siteOrigin: string | undefined): void {
	for (const page of doc.getPages()) {
		const annotations = page.node.Annots();
		if (!annotations) continue;
		for (let index = annotations.size() - 1; index >= 0; index--) {
			const action = doc.context.lookupMaybe(annotations.get(index), PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
			const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
			const target = uri?.decodeText();
			if (!action || !target?.startsWith(`${PRINT_ORIGIN}/`)) continue;
			if (siteOrigin) action.set(PDFName.of('URI'), PDFString.of(`${siteOrigin}${target.slice(PRINT_ORIGIN.length)}`));
			else annotations.remove(index);
		}
		if (annotations.size() === 0) page.node.delete(PDFName.of('Annots'));
	}
}

/** The web addresses a PDF's links lead to, page by page, in order (for the tests and the build's checks). */
export async function linkTargets(pdf: Uint8Array): Promise<string[]> {
	const doc = await PDFDocument.load(pdf, { updateMetadata: false });
	return doc.getPages().flatMap((page) => {
		const annotations = page.node.Annots() ?? PDFArray.withContext(doc.context);
		return annotations.asArray().flatMap((ref) => {
			const uri = doc.context.lookupMaybe(ref, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
			return uri ? [uri.decodeText()] : [];
		});
	});
}
