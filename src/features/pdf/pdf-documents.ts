import { translate } from './strings';
import { LANGS, type Lang } from '../../model/languages';
import { stepsForOffice } from '../../model/query';
import type { Sop } from '../../model/schema';
import { routes } from '../../site/routes';
import { localePath } from '../../site/url';

/** The kinds of PDF the build prints. */
export type PdfKind = 'sopTable' | 'flow' | 'partner' | 'checklist';

/** The orientation of an A4 sheet. */
export type Orientation = 'portrait' | 'landscape';

/** One PDF: the built page it is printed from, where it is published, and how it is printed. */
export interface PdfDocument {
	kind: PdfKind;
	lang: Lang;
	/** The office whose checklist it is (kind `checklist`). */
	officeId?: string;
	/** Root-relative path of the page printed, without the deployment base (`/en/tabel-sop/`). */
	page: string;
	/** Root-relative path of the PDF, without the deployment base (`/en/data/tabel-sop.pdf`). */
	path: string;
	orientation: Orientation;
	/** The document's title in its metadata. */
	title: string;
	/** A class of the page's content printed alone (its other content left out); absent: the whole page as it prints. */
	only?: string;
}

/** What a PDF may weigh and how many pages it may have: the limits `pdf.dist.test.ts` checks and the README states. */
export const PDF_LIMITS: Record<PdfKind, { maxPages: number; maxKilobytes: number }> = {
	sopTable: { maxPages: 12, maxKilobytes: 200 },
	flow: { maxPages: 16, maxKilobytes: 250 },
	partner: { maxPages: 3, maxKilobytes: 60 },
	checklist: { maxPages: 8, maxKilobytes: 120 },
};

/** The file names of the PDFs, beside the open data under `/data/`. */
const FILE_NAMES: Record<PdfKind, (officeId?: string) => string> = {
	sopTable: () => 'tabel-sop.pdf',
	flow: () => 'alur.pdf',
	partner: () => 'dokumen-mitra.pdf',
	checklist: (officeId) => `daftar-periksa-${officeId}.pdf`,
};

/** The offices that have a checklist: those that act at one step at least. */
export function officesWithChecklist(sop: Sop): string[] {
	return sop.offices.filter((office) => stepsForOffice(sop, office.id).length > 0).map((office) => office.id);
}

/**
 * Every PDF the build prints, in each language: the SOP table (A4 landscape), the flow diagram with its list of steps
 * (A4 landscape), the catalogue's table of the partners' documents (A4), and the checklist of each office that acts.
 */
export function pdfDocuments(sop: Sop): PdfDocument[] {
	return LANGS.flatMap((lang): PdfDocument[] => {
		const siteTitle = translate(lang, 'site.title');
		const make = (kind: PdfKind, page: string, orientation: Orientation, heading: string, extra: Partial<PdfDocument> = {}): PdfDocument => ({
			kind,
			lang,
			page: localePath(page, lang),
			path: localePath(routes.dataFile(FILE_NAMES[kind](extra.officeId)), lang),
			orientation,
			title: `${heading} | ${siteTitle}`,
			...extra,
		});
		return [
			make('sopTable', routes.sopTable(), 'landscape', translate(lang, 'pdf.title.sopTable')),
			make('flow', routes.flow(), 'landscape', translate(lang, 'pdf.title.flow')),
			make('partner', routes.documents(), 'portrait', translate(lang, 'pdf.title.partner'), { only: 'sk-partner' }),
			...officesWithChecklist(sop).map((officeId) =>
				make('checklist', routes.office(officeId), 'portrait', translate(lang, 'pdf.title.checklist', { office: sop.offices.find((o) => o.id === officeId)!.name[lang] }), {
					officeId,
				}),
			),
		];
	});
}

/** The PDF of a kind (and office) in a language, or undefined when the build prints none (an office that never acts). */
export function findPdf(documents: PdfDocument[], kind: PdfKind, lang: Lang, officeId?: string): PdfDocument | undefined {
	return documents.find((doc) => doc.kind === kind && doc.lang === lang && doc.officeId === officeId);
}
