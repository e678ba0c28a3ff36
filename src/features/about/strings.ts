import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the "about this SOP" page: the source document and the dated notice on later regulations, as the domain notes give them. */
export const aboutStrings = defineStrings({
	id: {
		'about.description': 'Dokumen sumber SOP Kerjasama Teknik Kota Bandung (2015) dan peraturan yang berlaku sesudahnya.',
		'about.source': 'Dokumen sumber',
		'about.sourceTitle': 'Judul',
		'about.sourceTitleValue': 'Standar Operasional Prosedur Kerjasama Teknik',
		'about.sourceUnit': 'Unit',
		'about.sourceUnitValue': 'Bagian Kerjasama Kota Bandung, Sub Bagian Kerjasama Luar Negeri',
		'about.sourceYear': 'Tahun',
		'about.sourceSteps': 'Isi',
		'about.sourceStepsValue': '{steps} langkah, tanpa keterangan waktu',
		'about.noticeTitle': 'Catatan: SOP tahun 2015 dan peraturan yang lebih baru',
		'about.noticeDated': 'SOP ini disusun pada tahun 2015 dan mengikuti aturan pada masanya (Permendagri 3/2008 tentang kerja sama pemerintah daerah dengan pihak luar negeri). Sejak itu berlaku peraturan yang lebih baru:',
		'about.pp28': 'PP 28/2018 tentang Kerja Sama Daerah kini mengatur kerja sama daerah.',
		'about.permendagri25': 'Permendagri 25/2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri, ditetapkan 22 Mei 2020 sebagai pelaksanaan Pasal 35 dan Pasal 42 PP 28/2018, mencabut Permendagri 3/2008 dan Permendagri 74/2012.',
		'about.permendagri25Source': 'Sumber: Biro Pemerintahan Provinsi Banten, “Kemendagri Sosialisasikan Permendagri tentang Kerja Sama Daerah dengan Pemda dan Lembaga di Luar Negeri” (biropemerintahan.bantenprov.go.id).',
		'about.permenlu3': 'Permenlu 3/2019 tentang Panduan Umum Hubungan Luar Negeri oleh Pemerintah Daerah juga berlaku.',
		'about.permenlu3Source': 'Sumber: setkab.go.id, “Memaksimalkan Kerja Sama Pemerintah Daerah dengan Pihak Luar Negeri” (1 April 2023).',
		'about.confirm': 'Prosedur yang berlaku sekarang dapat berbeda dari SOP 2015. Konfirmasikan prosedur yang berlaku kepada Bagian Kerjasama Kota Bandung sebelum mengajukan atau memproses usulan. Situs ini tidak memberikan nasihat hukum.',
		'about.site': 'Tentang panduan ini',
		'about.siteFaithful': 'Panduan ini menyajikan SOP 2015 apa adanya. Teks setiap langkah dikutip persis dari dokumen asli, termasuk salah ketiknya. Yang tersirat dalam SOP tetapi tidak disebutnya ditandai “tersirat”: pelaksana yang tidak disebut kalimat langkahnya, dokumen yang tidak disebut SOP, setiap keputusan (SOP tidak menyebut satu keputusan pun), dan pengulangan langkah 20–22 selama perjanjian berlaku.',
		'about.siteSilent': 'Bila SOP tidak menyebut sesuatu, misalnya waktu, biaya atau apa yang terjadi bila sebuah usulan tidak disetujui, panduan ini mengatakannya dan tidak menebak. Untuk hal-hal itu, tanyakan kepada Sub Bagian Kerjasama Luar Negeri.',
	},
	en: {
		'about.description': 'The source document of the 2015 Technical Cooperation SOP of the City Government of Bandung and the newer regulations that apply now.',
		'about.source': 'Source document',
		'about.sourceTitle': 'Title',
		'about.sourceTitleValue': 'Standard Operating Procedure for Technical Cooperation',
		'about.sourceUnit': 'Unit',
		'about.sourceUnitValue': 'Cooperation Division of the City Government of Bandung, Foreign Cooperation Sub-Division',
		'about.sourceYear': 'Year',
		'about.sourceSteps': 'Content',
		'about.sourceStepsValue': '{steps} steps, with no times given',
		'about.noticeTitle': 'Notice: a 2015 SOP and later regulations',
		'about.noticeDated': 'This SOP was written in 2015 and follows the rules of its time (Permendagri 3/2008 on foreign cooperation by regional governments). Later regulations have come into force since:',
		'about.pp28': 'PP 28/2018 tentang Kerja Sama Daerah (Government Regulation 28/2018 on Regional Cooperation) now governs regional cooperation.',
		'about.permendagri25': 'Permendagri 25/2020 (Regulation of the Minister of Home Affairs 25/2020) on the procedure for regional cooperation with regional governments abroad and with institutions abroad, enacted on 22 May 2020 to implement Articles 35 and 42 of PP 28/2018, revoked Permendagri 3/2008 and Permendagri 74/2012.',
		'about.permendagri25Source': 'Source: Biro Pemerintahan Provinsi Banten, “Kemendagri Sosialisasikan Permendagri tentang Kerja Sama Daerah dengan Pemda dan Lembaga di Luar Negeri” (biropemerintahan.bantenprov.go.id).',
		'about.permenlu3': 'Permenlu 3/2019 (Regulation of the Minister of Foreign Affairs 3/2019), Panduan Umum Hubungan Luar Negeri oleh Pemerintah Daerah (general guide to foreign relations by regional governments), also applies.',
		'about.permenlu3Source': 'Source: setkab.go.id, “Memaksimalkan Kerja Sama Pemerintah Daerah dengan Pihak Luar Negeri” (1 April 2023).',
		'about.confirm': 'The procedure that applies today may differ from the 2015 SOP. Confirm the current procedure with the Cooperation Division of the City Government of Bandung before submitting or handling a proposal. This site gives no legal advice.',
		'about.site': 'About this guide',
		'about.siteFaithful': 'This guide presents the 2015 SOP as it stands. The text of each step is quoted exactly from the original document, slips included. What the SOP implies without saying it is marked “implied”: an office a step’s sentence does not name, a document the SOP does not name, every decision (the SOP states none), and the repeat of steps 20–22 for as long as the agreement runs.',
		'about.siteSilent': 'Where the SOP says nothing, for example about times, fees or what happens when a proposal is not approved, this guide says so and does not guess. For those questions, ask the Foreign Cooperation Sub-Division.',
	},
});

/** A string of the about feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, aboutStrings);
