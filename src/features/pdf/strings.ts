import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Interface strings of the PDFs: the link on the pages that have one, the PDFs' titles, their entries on the data page. */
export const pdfStrings = defineStrings({
	id: {
		'pdf.download': 'Unduh PDF',
		'pdf.title.sopTable': 'Tabel SOP Kerjasama Teknik',
		'pdf.title.flow': 'Alur prosedur SOP Kerjasama Teknik',
		'pdf.title.partner': 'Dokumen dari luar Pemerintah Kota, untuk mitra',
		'pdf.title.checklist': 'Daftar periksa: {office}',
		'pdf.data.sopTable.title': 'Tabel SOP (PDF)',
		'pdf.data.sopTable.description': 'Tabel SOP untuk dicetak: 23 langkah dengan pelaksana, kelengkapan, output dan keterangan, seperti halaman Tabel SOP.',
		'pdf.data.flow.title': 'Diagram alur (PDF)',
		'pdf.data.flow.description': 'Diagram alur seluruh prosedur dengan daftar langkahnya, seperti halaman Alur prosedur.',
		'pdf.data.partner.title': 'Dokumen untuk mitra (PDF)',
		'pdf.data.partner.description': 'Tabel dokumen yang diserahkan atau ditandatangani pengusul dan pihak luar negeri, dari katalog dokumen.',
		'pdf.data.checklist.title': 'Daftar periksa per pejabat atau pihak (PDF)',
		'pdf.data.checklist.description': 'Daftar periksa setiap pejabat atau pihak yang bertindak dalam SOP, dengan kolom kosong untuk nama usulan.',
		'pdf.data.format.portrait': 'PDF, A4 tegak',
		'pdf.data.format.landscape': 'PDF, A4 melintang',
		'pdf.data.example': 'Buka dengan penampil PDF mana pun, cetak pada kertas A4, atau lampirkan pada surat elektronik.',
	},
	en: {
		'pdf.download': 'Download PDF',
		'pdf.title.sopTable': 'SOP table of the Technical Cooperation SOP',
		'pdf.title.flow': 'Procedure flow of the Technical Cooperation SOP',
		'pdf.title.partner': 'Documents from outside the city government, for partners',
		'pdf.title.checklist': 'Checklist: {office}',
		'pdf.data.sopTable.title': 'SOP table (PDF)',
		'pdf.data.sopTable.description': 'The SOP table to print: the 23 steps with who acts, the documents needed and produced, and notes, as on the SOP table page.',
		'pdf.data.flow.title': 'Flow diagram (PDF)',
		'pdf.data.flow.description': 'The flow diagram of the whole procedure with its list of steps, as on the procedure flow page.',
		'pdf.data.partner.title': 'Documents for partners (PDF)',
		'pdf.data.partner.description': 'The table of documents the proposer and the foreign partner hand in or sign, from the document catalogue.',
		'pdf.data.checklist.title': 'Checklist of each office or party (PDF)',
		'pdf.data.checklist.description': 'The checklist of each office or party that acts in the SOP, with a blank field for the name of the proposal.',
		'pdf.data.format.portrait': 'PDF, A4 portrait',
		'pdf.data.format.landscape': 'PDF, A4 landscape',
		'pdf.data.example': 'Open it in any PDF viewer, print it on A4 paper, or attach it to an e-mail.',
	},
});

/** A string of the PDF feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, pdfStrings);
