import { pdfDocuments, type PdfKind } from './pdf-documents';
import { translate } from './strings';
import type { Lang } from '../../model/languages';
import type { Sop } from '../../model/schema';
import type { Download } from '../../site/downloads';

/** The data page's entries, in the order it lists them. */
const KINDS: PdfKind[] = ['sopTable', 'flow', 'partner', 'checklist'];

/** The anchor of each entry on the data page. */
const DOWNLOAD_IDS: Record<PdfKind, string> = { sopTable: 'pdf-tabel-sop', flow: 'pdf-alur', partner: 'pdf-dokumen-mitra', checklist: 'pdf-daftar-periksa' };

/**
 * The data page's entries for the PDFs, one per kind with its files in every language, in the page's language. The
 * sizes are written into the page once the PDFs are printed (`sizeAfterBuild`), after the pages are built.
 */
export function pdfDownloads(sop: Sop, lang: Lang): Download[] {
	const documents = pdfDocuments(sop);
	return KINDS.map((kind) => {
		const ofKind = documents.filter((doc) => doc.kind === kind);
		return {
			id: DOWNLOAD_IDS[kind],
			title: translate(lang, `pdf.data.${kind}.title`),
			format: translate(lang, `pdf.data.format.${ofKind[0]!.orientation}`),
			description: translate(lang, `pdf.data.${kind}.description`),
			example: { text: translate(lang, 'pdf.data.example'), code: false },
			files: ofKind.map((doc) => ({ path: doc.path, bytes: 0, lang: doc.lang, sizeAfterBuild: true })),
		};
	});
}
