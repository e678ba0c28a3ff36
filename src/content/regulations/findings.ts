import type { RegulationsInput } from '../../model/regulation-schema';

/**
 * What may be said in plain words about each step, as the comparison's sources allow it step by step: never more
 * than the quotes, and never "no longer required" from a regulation's silence.
 */
export const findings: RegulationsInput['findings'] = [
	{
		id: 'alur-internal',
		text: {
			id: 'Ini alur kerja internal Pemerintah Kota: PP 28/2018 tidak mengaturnya.',
			en: 'This is the city government’s internal workflow: Government Regulation 28/2018 does not regulate it.',
		},
		steps: ['terima-usulan', 'buat-disposisi-kasubag', 'naikkan-ke-kabag', 'rapat-tim-tkksd', 'susun-telaahan-staf', 'proses-telaahan-staf'],
	},
	{
		id: 'tim-tkksd-tidak-disebut',
		text: {
			id: 'PP 28/2018 tidak menyebut Tim TKKSD. Perannya mungkin diatur oleh Permendagri 22/2020 atau Permendagri 25/2020, yang tidak dapat dibaca untuk situs ini.',
			en: 'Government Regulation 28/2018 does not name the TKKSD team (the Regional Cooperation Coordination Team). Its role may be set by Minister of Home Affairs Regulation 22/2020 or 25/2020, which could not be read for this site.',
		},
		steps: ['arahan-kabag', 'rapat-tim-tkksd', 'susun-rencana-kerjasama', 'siapkan-perjanjian', 'monitoring-evaluasi'],
	},
	{
		id: 'konsultasi-sebelum-pernyataan-kehendak',
		text: {
			id: 'Konsultasi dengan Kementerian Dalam Negeri tetap ada, dan kini juga dengan Kementerian Luar Negeri, sebelum pernyataan kehendak kerja sama ditandatangani. Sesudah pernyataan kehendak itu, disusun rencana kerja sama.',
			en: 'There is still consultation with the Ministry of Home Affairs, and now also with the Ministry of Foreign Affairs, before a statement of intent to cooperate is signed. After the statement of intent, a cooperation plan is drawn up.',
		},
		steps: ['tanda-tangan-usulan-walikota', 'konsultasi-kemendagri'],
	},
	{
		id: 'pertimbangan-sesudah-dprd',
		text: {
			id: 'Pertimbangan tertulis Menteri Dalam Negeri disampaikan “kepada kepala daerah”. Pertimbangan itu datang sesudah persetujuan DPRD, atas rencana kerja sama yang telah disetujui. PP 28/2018 tidak menyebut penyampaian melalui Gubernur.',
			en: 'The Minister of Home Affairs’ written consideration goes “to the head of the region”. It comes after the City Council’s approval, on the approved plan. Government Regulation 28/2018 does not name routing through the Governor.',
		},
		steps: ['pertimbangan-kemendagri'],
	},
	{
		id: 'isi-rencana-kerja-sama',
		text: {
			id: 'PP 28/2018 menetapkan isi minimum rencana kerja sama.',
			en: 'Government Regulation 28/2018 sets the minimum contents of the cooperation plan.',
		},
		steps: ['susun-rencana-kerjasama'],
	},
	{
		id: 'persetujuan-dprd-45-hari-kerja',
		text: {
			id: 'Masih diwajibkan, seperti sudah diwajibkan UU 23/2014 pada tahun 2015. DPRD menerima rencana kerja sama beserta surat permohonan Wali Kota, dan memutuskannya paling lama 45 hari kerja sejak menerima surat permohonan itu.',
			en: 'Still required, as Law 23/2014 already required it in 2015. The City Council receives the plan with the Mayor’s letter of request, and decides within at most 45 working days of receiving that letter.',
		},
		steps: ['persetujuan-dprd'],
	},
	{
		id: 'rencana-ke-menteri',
		text: {
			id: 'Rencana kerja sama yang telah disetujui disampaikan Pemerintah Daerah kepada Menteri Dalam Negeri untuk mendapatkan pertimbangan, dan Menteri memverifikasinya. PP 28/2018 tidak menyebut penyampaian melalui Gubernur.',
			en: 'The approved plan goes from the regional government to the Minister of Home Affairs for a consideration, and the Minister verifies it. Government Regulation 28/2018 does not name routing through the Governor.',
		},
		steps: ['sampaikan-ke-mendagri'],
	},
	{
		id: 'rapat-antarkementerian',
		text: {
			id: 'Masih diwajibkan, kini untuk menyetujui rancangan naskah kerja sama. PP 28/2018 menyebut siapa saja yang sekurang-kurangnya ikut dalam rapat itu.',
			en: 'Still required, now to approve the draft cooperation text. Government Regulation 28/2018 names who takes part in the meeting at the least.',
		},
		steps: ['rapat-intern-kemendagri'],
	},
	{
		id: 'bappenas-sekneg-tidak-disebut',
		text: {
			id: 'PP 28/2018 tidak menyebut Bappenas maupun Sekneg. Persetujuan Pemerintah Pusat dikoordinasikan oleh Menteri Dalam Negeri; hibah dilaksanakan sesuai dengan peraturan perundang-undangan; hibah dari luar negeri kepada daerah dilakukan melalui Pemerintah Pusat.',
			en: 'Government Regulation 28/2018 names neither Bappenas nor the State Secretariat. The central government’s approval is coordinated by the Minister of Home Affairs; grants follow the laws and regulations; grants to a region from abroad go through the central government.',
		},
		steps: ['teruskan-ke-bappenas-sekneg'],
	},
	{
		id: 'surat-konfirmasi',
		text: {
			id: 'PP 28/2018 menggambarkan “surat konfirmasi” dari Menteri Luar Negeri, melalui Menteri Dalam Negeri, sesudah rancangan naskah kerja sama disepakati dengan pihak luar negeri. PP 28/2018 tidak menyebut surat kuasa (full power).',
			en: 'Government Regulation 28/2018 describes a “confirmation letter” from the Minister of Foreign Affairs, through the Minister of Home Affairs, after the draft cooperation text is agreed with the foreign side. It does not name Full Powers.',
		},
		steps: ['mohon-full-power'],
	},
	{
		id: 'surat-konfirmasi-dasar-penandatanganan',
		text: {
			id: 'Surat konfirmasi menjadi dasar penandatanganan naskah kerja sama oleh Wali Kota.',
			en: 'The confirmation letter is the basis for the Mayor signing the cooperation text.',
		},
		steps: ['tanda-tangan-mou'],
	},
	{
		id: 'daerah-diwakili-wali-kota',
		text: {
			id: 'Daerah diwakili oleh Wali Kota. Bab PP 28/2018 tentang kerja sama luar negeri tidak memuat ketentuan tentang pelimpahan penandatanganan.',
			en: 'The region is represented by the Mayor. The chapter of Government Regulation 28/2018 on foreign cooperation has no clause on delegating the signature.',
		},
		steps: ['tanda-tangan-perjanjian'],
	},
	{
		id: 'tidak-diatur',
		text: {
			id: 'PP 28/2018 tidak mengatur langkah ini.',
			en: 'Government Regulation 28/2018 does not regulate this step.',
		},
		steps: ['laksanakan-perjanjian', 'laporkan-pelaksanaan'],
	},
	{
		id: 'pemantauan-oleh-gubernur',
		text: {
			id: 'Monitoring dan evaluasi mengikuti ketentuan tentang pembinaan dan pengawasan penyelenggaraan pemerintahan daerah. Gubernur membina dan mengawasi, juga memantau dan mengevaluasi, kerja sama kabupaten/kota.',
			en: 'Monitoring and evaluation follow the rules on the supervision of regional government. The Governor supervises, monitors and evaluates the cooperation of regencies and cities.',
		},
		steps: ['monitoring-evaluasi'],
	},
	{
		id: 'laporan-ke-menteri',
		text: {
			id: 'Pemerintah Daerah melaporkan pelaksanaan kerja sama kepada Menteri Dalam Negeri; tata caranya diatur dalam peraturan menteri. PP 28/2018 tidak menyebut laporan kepada DPRD, Ditjen Pengelolaan Utang, atau BPK.',
			en: 'The regional government reports on carrying out the cooperation to the Minister of Home Affairs; how is set by a ministerial regulation. Government Regulation 28/2018 does not name reports to the City Council, the Directorate General of Debt Management or the Audit Board.',
		},
		steps: ['laporan-kepala-daerah'],
	},
];
