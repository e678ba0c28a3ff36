import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What the tests read from a PDF with PDF.js: its pages' sizes in points, its text, and its metadata. */
export interface PdfReading {
	pageSizes: { width: number; height: number }[];
	/** The text of every page, its runs joined by single spaces. */
	text: string;
	title: string | undefined;
	lang: string | undefined;
	creationDate: string | undefined;
	modDate: string | undefined;
}

/** Reads a PDF as a viewer would: page sizes, extractable text, Title, language and dates. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
	const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
	const doc = await task.promise;
	try {
		const pageSizes: PdfReading['pageSizes'] = [];
		const texts: string[] = [];
		for (let number = 1; number <= doc.numPages; number++) {
			const page = await doc.getPage(number);
			const [x0, y0, x1, y1] = page.view as [number, number, number, number];
			pageSizes.push({ width: x1 - x0, height: y1 - y0 });
			const content = await page.getTextContent();
			texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
		}
		const { info } = (await doc.getMetadata()) as { info: Record<string, string | undefined> };
		return {
			pageSizes,
			text: texts.join(' ').replace(/\s+/g, ' '),
			title: info.Title,
			lang: info.Language,
			creationDate: info.CreationDate,
			modDate: info.ModDate,
		};
	} finally {
		await task.destroy();
	}
}
