import type { SopInput } from '../../model/schema';

/** Every document a step needs or produces, named as the SOP and the domain notes name it. */
export const documents: SopInput['documents'] = [
	{
		id: 'usulan-kerjasama',
		name: { id: 'Usulan kerjasama', en: 'Cooperation proposal' },
		description: {
			id: 'Usulan kerjasama dari pihak luar negeri atau Pemda yang diterima staf pada langkah 1.',
			en: 'The cooperation proposal from a foreign party or a regional government, received by staff at step 1.',
		},
		issuedBy: ['pihak-luar-negeri', 'pemda-pengusul'],
		addressedTo: ['staf-kln'],
		fromOutside: true,
	},
	{
		id: 'disposisi-kasubag',
		name: { id: 'Disposisi Kasubag', en: 'Disposition of the Head of Sub-Division' },
		description: {
			id: 'Instruksi tertulis Kasubag KLN pada surat usulan yang menentukan tindak lanjutnya.',
			en: 'The Head of Sub-Division’s written routing instruction on the proposal letter.',
		},
		issuedBy: ['kasubag-kln'],
		addressedTo: ['kabag-kerjasama'],
		fromOutside: false,
	},
	{
		id: 'arahan-kabag',
		name: { id: 'Arahan Kabag untuk rapat Tim TKKSD', en: 'Direction from the Head of Division for a TKKSD meeting' },
		description: {
			id: 'Arahan Kabag Kerjasama kepada Kasubag KLN untuk membahas usulan dalam rapat Tim TKKSD.',
			en: 'The Head of the Cooperation Division’s direction to the Head of Sub-Division to put the proposal to a TKKSD meeting.',
		},
		issuedBy: ['kabag-kerjasama'],
		addressedTo: ['kasubag-kln'],
		fromOutside: false,
	},
	{
		id: 'surat-undangan-rapat',
		name: { id: 'Surat undangan rapat Tim TKKSD', en: 'Invitation to the TKKSD meeting' },
		description: {
			id: 'Surat undangan yang dibuat Kasubag untuk rapat dengan Tim TKKSD dan SKPD terkait.',
			en: 'The invitation the Head of Sub-Division sends for the meeting with the TKKSD team and related agencies.',
		},
		issuedBy: ['kasubag-kln'],
		addressedTo: ['tim-tkksd', 'skpd'],
		fromOutside: false,
	},
	{
		id: 'keputusan-tim-tkksd',
		name: { id: 'Keputusan Tim TKKSD', en: 'Decision of the TKKSD team' },
		description: {
			id: 'Hasil rapat Tim TKKSD atas usulan, yang menjadi dasar telaahan staf.',
			en: 'The outcome of the TKKSD meeting on the proposal, on which the staff study memo is based.',
		},
		issuedBy: ['tim-tkksd'],
		addressedTo: ['kasubag-kln'],
		fromOutside: false,
	},
	{
		id: 'telaahan-staf',
		name: { id: 'Telaahan staf', en: 'Staff study memo' },
		description: {
			id: 'Naskah dinas berisi fakta, analisis dan saran atas usulan, untuk diputuskan pimpinan.',
			en: 'A formal memo with facts, analysis and a recommendation on the proposal, for a superior’s decision.',
		},
		issuedBy: ['kasubag-kln'],
		addressedTo: ['kabag-kerjasama'],
		fromOutside: false,
	},
	{
		id: 'disposisi-pimpinan',
		name: { id: 'Disposisi pimpinan atas telaahan staf', en: 'Dispositions on the staff study memo' },
		description: {
			id: 'Disposisi yang dibubuhkan pada telaahan staf sepanjang jalur Kabag, Asisten Pemerintahan, Sekda, Wakil Walikota dan Walikota.',
			en: 'The dispositions added to the staff study memo along the route through the Head of Division, the Assistant, the City Secretary, the Deputy Mayor and the Mayor.',
		},
		issuedBy: ['kabag-kerjasama', 'asisten-pemerintahan', 'sekda', 'wakil-walikota', 'walikota'],
		addressedTo: ['kasubag-kln'],
		fromOutside: false,
	},
	{
		id: 'surat-usulan-walikota',
		name: { id: 'Surat usulan kerjasama bertanda tangan Walikota', en: 'Cooperation proposal signed by the Mayor' },
		description: {
			id: 'Usulan kerjasama yang dibuat dari telaahan staf dan ditandatangani Walikota, untuk dikonsultasikan ke Kemendagri.',
			en: 'The cooperation proposal drawn from the staff study memo and signed by the Mayor, to be put to the Ministry of Home Affairs.',
		},
		issuedBy: ['walikota'],
		addressedTo: ['kemendagri'],
		fromOutside: false,
	},
	{
		id: 'pertimbangan-kemendagri',
		name: { id: 'Pertimbangan Kemendagri', en: 'Consideration of the Ministry of Home Affairs' },
		description: {
			id: 'Pertimbangan Kemendagri atas usulan, disampaikan kepada Gubernur lalu Walikota, sebagai dasar menyusun rencana kerjasama.',
			en: 'The Ministry of Home Affairs’ consideration of the proposal, sent to the Governor and then the Mayor, as the basis of the cooperation plan.',
		},
		issuedBy: ['kemendagri'],
		addressedTo: ['gubernur', 'walikota'],
		fromOutside: false,
	},
	{
		id: 'rencana-kerjasama',
		name: { id: 'Rencana kerjasama (proposal)', en: 'Cooperation plan (proposal)' },
		description: {
			id: 'Rencana kerjasama yang disusun Pemkot bersama Tim TKKSD berdasarkan pertimbangan Kemendagri.',
			en: 'The cooperation plan the city government drafts with the TKKSD team on the basis of the Ministry’s consideration.',
		},
		issuedBy: ['kasubag-kln', 'tim-tkksd'],
		addressedTo: ['walikota', 'dprd', 'kemendagri'],
		fromOutside: false,
	},
	{
		id: 'rancangan-mou',
		name: { id: 'Rancangan MOU', en: 'Draft MOU' },
		description: {
			id: 'Rancangan nota kesepahaman (Memorandum of Understanding) yang disusun bersama rencana kerjasama.',
			en: 'The draft Memorandum of Understanding, drawn up with the cooperation plan.',
		},
		issuedBy: ['kasubag-kln', 'tim-tkksd'],
		addressedTo: ['walikota', 'dprd', 'kemendagri'],
		fromOutside: false,
	},
	{
		id: 'persetujuan-dprd',
		name: { id: 'Persetujuan DPRD', en: 'City Council approval' },
		description: {
			id: 'Persetujuan DPRD atas rencana kerjasama dan rancangan MOU.',
			en: 'The City Council’s approval of the cooperation plan and draft MOU.',
		},
		issuedBy: ['dprd'],
		addressedTo: ['kemendagri'],
		fromOutside: false,
	},
	{
		id: 'pertimbangan-rapat-intern',
		name: { id: 'Pertimbangan rapat intern Kemendagri', en: 'Consideration of the Ministry’s internal meeting' },
		description: {
			id: 'Pertimbangan yang diperoleh dari pembahasan rencana kerjasama dan rancangan MOU dalam rapat intern Kemendagri bersama kementerian/lembaga terkait.',
			en: 'The consideration from the review of the plan and draft MOU in the Ministry of Home Affairs’ internal meeting with related ministries and agencies.',
		},
		issuedBy: ['kemendagri', 'kementerian-lembaga-terkait'],
		addressedTo: [],
		fromOutside: false,
	},
	{
		id: 'daftar-rencana-prioritas',
		name: {
			id: 'Daftar rencana prioritas pinjaman dan/atau hibah LN jangka menengah',
			en: 'Medium-term priority list for foreign loans and/or grants',
		},
		description: {
			id: 'Daftar Bappenas tempat usulan yang dinilai layak dimasukkan.',
			en: 'The Bappenas list on which proposals judged feasible are placed.',
		},
		issuedBy: ['bappenas'],
		addressedTo: [],
		fromOutside: false,
	},
	{
		id: 'persetujuan-pemerintah',
		name: { id: 'Persetujuan Pemerintah', en: 'Government approval' },
		description: {
			id: 'Persetujuan Pemerintah atas usulan, yang diperoleh melalui Sekneg.',
			en: 'The government’s approval of the proposal, obtained through the Ministry of State Secretariat.',
		},
		issuedBy: ['sekneg'],
		addressedTo: ['kemendagri'],
		fromOutside: false,
	},
	{
		id: 'persetujuan-pihak-luar-negeri',
		name: { id: 'Persetujuan pihak luar negeri', en: 'Foreign partner’s consent' },
		description: {
			id: 'Persetujuan dari pihak luar negeri yang harus sudah ada sebelum surat kuasa dimintakan kepada Menteri Luar Negeri.',
			en: 'The foreign partner’s consent, which must be in hand before the Full Powers are requested from the Minister of Foreign Affairs.',
		},
		issuedBy: ['pihak-luar-negeri'],
		addressedTo: [],
		fromOutside: true,
	},
	{
		id: 'surat-kuasa-full-power',
		name: { id: 'Surat kuasa / full power', en: 'Full Powers letter' },
		description: {
			id: 'Surat kuasa (full power) dari Menteri Luar Negeri yang menjadi dasar Pemkot menandatangani MOU dengan pihak luar negeri.',
			en: 'The Full Powers from the Minister of Foreign Affairs on which the city government signs the MOU with the foreign partner.',
		},
		issuedBy: ['kemenlu'],
		addressedTo: ['walikota'],
		fromOutside: false,
	},
	{
		id: 'mou-ditandatangani',
		name: { id: 'MOU yang ditandatangani', en: 'Signed MOU' },
		description: {
			id: 'Nota kesepahaman yang ditandatangani Pemkot dan pihak luar negeri.',
			en: 'The Memorandum of Understanding signed by the city government and the foreign partner.',
		},
		issuedBy: ['walikota', 'pihak-luar-negeri'],
		addressedTo: [],
		fromOutside: false,
	},
	{
		id: 'rancangan-perjanjian',
		name: { id: 'Rancangan perjanjian kerjasama', en: 'Draft cooperation agreement' },
		description: {
			id: 'Rancangan perjanjian kerjasama, agreement atau dokumen kerjasama lainnya, disiapkan bersama Tim TKKSD, SKPD terkait dan pihak luar negeri.',
			en: 'The draft cooperation agreement or other cooperation document, prepared with the TKKSD team, the related agency and the foreign partner.',
		},
		issuedBy: ['tim-tkksd', 'skpd', 'pihak-luar-negeri'],
		addressedTo: [],
		fromOutside: true,
	},
	{
		id: 'surat-kuasa-kepala-daerah',
		name: { id: 'Surat kuasa Kepala Daerah', en: 'Mayor’s letter of authority' },
		description: {
			id: 'Surat kuasa dari Kepala Daerah kepada SKPD, bila perjanjian ditandatangani oleh SKPD.',
			en: 'The Mayor’s letter authorising the city agency, when the agency signs the agreement.',
		},
		issuedBy: ['walikota'],
		addressedTo: ['skpd'],
		fromOutside: false,
	},
	{
		id: 'perjanjian-kerjasama',
		name: { id: 'Perjanjian kerjasama yang ditandatangani', en: 'Signed cooperation agreement' },
		description: {
			id: 'Perjanjian kerjasama, agreement atau dokumen kerjasama lainnya yang telah ditandatangani.',
			en: 'The signed cooperation agreement or other cooperation document.',
		},
		issuedBy: ['walikota', 'skpd', 'pihak-luar-negeri'],
		addressedTo: [],
		fromOutside: false,
	},
	{
		id: 'laporan-pelaksanaan-skpd',
		name: { id: 'Laporan pelaksanaan oleh SKPD', en: 'Implementation report by the city agency' },
		description: {
			id: 'Laporan SKPD tentang pelaksanaan perjanjian kerjasama.',
			en: 'The city agency’s report on how the agreement is being carried out.',
		},
		issuedBy: ['skpd'],
		addressedTo: [],
		fromOutside: false,
	},
	{
		id: 'hasil-monev',
		name: { id: 'Hasil monitoring dan evaluasi', en: 'Monitoring and evaluation findings' },
		description: {
			id: 'Hasil monitoring dan evaluasi pelaksanaan kerjasama bersama Tim TKKSD.',
			en: 'The findings of monitoring and evaluation of the cooperation, carried out with the TKKSD team.',
		},
		issuedBy: ['kasubag-kln', 'tim-tkksd'],
		addressedTo: [],
		fromOutside: false,
	},
	{
		id: 'laporan-pelaksanaan-kerjasama',
		name: { id: 'Laporan pelaksanaan kerjasama Kepala Daerah', en: 'Mayor’s report on the cooperation' },
		description: {
			id: 'Laporan Kepala Daerah tentang pelaksanaan kerjasama Pemerintah Kota dengan pihak luar negeri.',
			en: 'The Mayor’s report on the city government’s cooperation with the foreign partner.',
		},
		issuedBy: ['walikota'],
		addressedTo: ['dprd', 'gubernur', 'kemendagri', 'djpu-kemenkeu', 'bpk'],
		fromOutside: false,
	},
];
