import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the home page. */
export const homeStrings = defineStrings({
	id: {
		'home.description': 'Panduan SOP Kerjasama Teknik Luar Negeri Kota Bandung (2015): {steps} langkah sebuah usulan kerjasama, siapa pelaksananya dan dokumen apa yang diperlukan.',
		'home.what': 'Situs ini menjelaskan Standar Operasional Prosedur (SOP) Kerjasama Teknik dari Bagian Kerjasama Kota Bandung, Sub Bagian Kerjasama Luar Negeri (2015): {steps} langkah yang dilalui sebuah usulan kerjasama teknik dengan pihak luar negeri, dari usulan diterima sampai laporan pelaksanaan kerjasama.',
		'home.forWhom': 'Untuk siapa',
		'home.audienceStaff': 'Pegawai baru di Pemerintah Kota Bandung yang mempelajari prosedur ini.',
		'home.audiencePartners': 'Pemerintah daerah (Pemda) dan pihak luar negeri yang mengajukan usulan, yang ingin tahu dokumen apa yang diperlukan, dari siapa dan pada langkah mana.',
		'home.audienceFollowers': 'Siapa pun yang mengikuti sebuah usulan dan ingin tahu apa yang terjadi sesudahnya.',
		'home.procedure': 'Prosedur per tahap',
		'home.procedureIntro': 'Ke-{steps} langkah SOP terbagi dalam {phases} tahap. Setiap tahap dan setiap langkah punya halaman sendiri.',
		'home.phaseSteps': 'langkah {first}–{last}',
		'home.reference': 'Dokumen dan rujukan',
		'home.summaryText': 'Seluruh langkah dalam satu halaman, dengan pelaksana, dokumen dan teks asli; dapat dicetak.',
		'home.tableTitle': 'Tabel SOP: kelengkapan dan output',
		'home.tableText': 'SOP dalam format tabel yang lazim: dokumen yang diperlukan dan dihasilkan setiap langkah, per pelaksana.',
		'home.glossaryText': 'Singkatan dan istilah SOP, dengan nama lengkap dan artinya.',
		'home.aboutText': 'Dokumen sumber, dan peraturan yang lebih baru (2018–2020) yang kini berlaku.',
		'home.wizardText': 'Pilih langkah terakhir yang sudah selesai, atau centang dokumen yang sudah ada: lihat langkah berikutnya, siapa pelaksananya dan apa yang perlu disiapkan.',
		'home.documentsText': 'Setiap dokumen: apa isinya, siapa yang menerbitkan, kepada siapa, dan pada langkah mana diperlukan. Termasuk dokumen dari mitra.',
		'home.rolesText': 'Tugas setiap pejabat dan instansi dalam prosedur ini, dengan daftar periksa yang dapat dicetak.',
	},
	en: {
		'home.description': 'A guide to the 2015 Technical Cooperation SOP of the City Government of Bandung: the {steps} steps of a cooperation proposal, who carries them out and which documents they need.',
		'home.what': 'This site explains the Standard Operating Procedure (SOP) for technical cooperation of the Cooperation Division of the City Government of Bandung, Foreign Cooperation Sub-Division (2015): the {steps} steps a proposal for technical cooperation with a foreign partner passes through, from its receipt to the report on the cooperation.',
		'home.forWhom': 'Who this is for',
		'home.audienceStaff': 'New staff of the Bandung city government learning the procedure.',
		'home.audiencePartners': 'Regional governments and foreign partners who send a proposal and want to know which documents are needed, from whom and at which step.',
		'home.audienceFollowers': 'Anyone following a proposal who wants to know what happens next.',
		'home.procedure': 'The procedure, phase by phase',
		'home.procedureIntro': 'The {steps} steps of the SOP fall into {phases} phases. Every phase and every step has its own page.',
		'home.phaseSteps': 'steps {first}–{last}',
		'home.reference': 'Documents and reference',
		'home.summaryText': 'All steps on one page, with offices, documents and the original text; printable.',
		'home.tableTitle': 'SOP table: documents required and produced',
		'home.tableText': 'The SOP in the usual table format: the documents each step needs and produces, by office.',
		'home.glossaryText': 'The abbreviations and terms of the SOP, with full names and meanings.',
		'home.aboutText': 'The source document, and the newer regulations (2018–2020) that apply now.',
		'home.wizardText': 'Choose the last step that is finished, or tick the documents you already have: see the next step, who carries it out and what to prepare.',
		'home.documentsText': 'Every document: what it is, who issues it, to whom it goes and at which step it is needed. Partners’ documents included.',
		'home.rolesText': 'What each office does in this procedure, with a printable checklist.',
	},
});

/** A string of the home feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, homeStrings);
