import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

/** What a PDF says about itself: its title, its language, the date of its content, and what made it. */
export interface PdfMetadata {
	title: string;
	/** A BCP 47 language code (`id`, `en`). */
	lang: string;
	/** The date of the content (YYYY-MM-DD), its creation and modification date; absent: the PDF carries no date. */
	date?: string;
	creator: string;
}

/**
 * Sets a printed PDF's metadata with pdf-lib: title (shown in the viewer's title bar), language, creator, and the
 * date of the content as its creation and modification date instead of the time it was printed, so that the same
 * content gives the same bytes. The PDF is saved with object streams, which makes it smaller.
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
	return doc.save();
}
