import type { SopInput } from '../../model/schema';

/**
 * Every office (pelaksana) named in the SOP, with names from the domain notes. `sopForms` are the ways the SOP's own
 * text writes the office (the glossary lists them); `short` is the short name the site uses in each language.
 */
export const offices: SopInput['offices'] = [
	{
		id: 'staf-kln',
		short: { id: 'Staf', en: 'Sub-Division staff' },
		sopForms: ['staf'],
		name: { id: 'Staf Sub Bagian Kerjasama Luar Negeri', en: 'Foreign Cooperation Sub-Division staff' },
		level: 'kota',
		description: {
			id: 'Staf pada Sub Bagian Kerjasama Luar Negeri yang menerima usulan kerjasama.',
			en: 'Staff of the Foreign Cooperation Sub-Division, who receive cooperation proposals.',
		},
	},
	{
		id: 'kasubag-kln',
		short: { id: 'Kasubag KLN', en: 'Head of Sub-Division' },
		sopForms: ['Kepala Sub Bagian Kerjasama Luar Negeri', 'Kasubag', 'kasubag'],
		name: { id: 'Kepala Sub Bagian Kerjasama Luar Negeri', en: 'Head of the Foreign Cooperation Sub-Division' },
		level: 'kota',
		description: {
			id: 'Pemilik SOP ini: membuat disposisi, menyelenggarakan rapat Tim TKKSD dan menyusun telaahan staf.',
			en: 'Owner of this SOP: writes the disposition, convenes the TKKSD team and prepares the staff study memo.',
		},
	},
	{
		id: 'kabag-kerjasama',
		short: { id: 'Kabag Kerjasama', en: 'Head of Cooperation Division' },
		sopForms: ['Kepala Bagian Kerjasama', 'Kepala Bagian', 'Kabag'],
		name: { id: 'Kepala Bagian Kerjasama, Sekretariat Daerah Kota Bandung', en: 'Head of the Cooperation Division, City Secretariat' },
		level: 'kota',
		description: {
			id: 'Atasan Kasubag KLN: memberi arahan dan meneruskan telaahan staf kepada pimpinan.',
			en: 'Superior of the Head of Sub-Division: gives direction and passes the staff study memo up the line.',
		},
	},
	{
		id: 'tim-tkksd',
		short: { id: 'Tim TKKSD', en: 'TKKSD team' },
		sopForms: ['Tim TKKSD'],
		name: { id: 'Tim Koordinasi Kerja Sama Daerah', en: 'Regional Cooperation Coordination Team' },
		level: 'kota',
		description: {
			id: 'Tim yang membahas usulan (langkah 5), ikut menyusun rencana kerjasama, rancangan MOU dan perjanjian (langkah 11 dan 18), dan ikut monitoring dan evaluasi (langkah 22). SOP tidak menyebut anggotanya.',
			en: 'The team that reviews the proposal (step 5), helps draft the plan, the MOU and the agreement (steps 11 and 18), and takes part in monitoring and evaluation (step 22). The SOP does not name its members.',
		},
	},
	{
		id: 'skpd',
		short: { id: 'SKPD', en: 'City agency' },
		sopForms: ['SKPD'],
		name: { id: 'Satuan Kerja Perangkat Daerah terkait (kini Perangkat Daerah)', en: 'Related city government agency (work unit)' },
		level: 'kota',
		description: {
			id: 'Perangkat daerah yang urusannya terkait kerjasama: ikut rapat, melaksanakan perjanjian dan melaporkan pelaksanaannya.',
			en: 'The city agency whose field the cooperation concerns: attends the meeting, implements the agreement and reports on it.',
		},
	},
	{
		id: 'asisten-pemerintahan',
		short: { id: 'Asisten Pemerintahan', en: 'Assistant for Governance' },
		sopForms: ['Asisten Pemerintahan'],
		name: { id: 'Asisten Pemerintahan, Sekretariat Daerah', en: 'Assistant for Governance to the City Secretary' },
		level: 'kota',
		description: {
			id: 'Dilalui telaahan staf dalam jalur persetujuan menuju Wali Kota.',
			en: 'On the approval route of the staff study memo to the Mayor.',
		},
	},
	{
		id: 'sekda',
		short: { id: 'Sekda', en: 'City Secretary' },
		sopForms: ['Sekretaris Daerah'],
		name: { id: 'Sekretaris Daerah Kota Bandung', en: 'City Secretary' },
		level: 'kota',
		description: {
			id: 'Dilalui telaahan staf dalam jalur persetujuan menuju Wali Kota.',
			en: 'On the approval route of the staff study memo to the Mayor.',
		},
	},
	{
		id: 'wakil-walikota',
		short: { id: 'Wakil Wali Kota', en: 'Deputy Mayor' },
		sopForms: ['Wakil Walikota'],
		name: { id: 'Wakil Wali Kota Bandung', en: 'Deputy Mayor' },
		level: 'kota',
		description: {
			id: 'Dilalui telaahan staf dalam jalur persetujuan menuju Wali Kota.',
			en: 'On the approval route of the staff study memo to the Mayor.',
		},
	},
	{
		id: 'walikota',
		short: { id: 'Wali Kota', en: 'Mayor' },
		sopForms: ['Walikota', 'Kepala Daerah'],
		name: { id: 'Wali Kota Bandung (Kepala Daerah)', en: 'Mayor of Bandung (head of the region)' },
		level: 'kota',
		description: {
			id: 'Kepala Daerah: menandatangani usulan kerjasama, MOU dan perjanjian, dan menyampaikan laporan pelaksanaan kerjasama.',
			en: 'Head of the region: signs the proposal, the MOU and the agreement, and submits the implementation report.',
		},
	},
	{
		id: 'dprd',
		short: { id: 'DPRD', en: 'City Council' },
		sopForms: ['DPRD'],
		name: { id: 'Dewan Perwakilan Rakyat Daerah Kota Bandung', en: 'Bandung City Council (regional parliament)' },
		level: 'dprd',
		description: {
			id: 'Memberi persetujuan atas rencana kerjasama dan rancangan MOU, dan menerima laporan pelaksanaan kerjasama.',
			en: 'Approves the cooperation plan and draft MOU, and receives the implementation report.',
		},
	},
	{
		id: 'gubernur',
		short: { id: 'Gubernur', en: 'Governor' },
		sopForms: ['Gubernur'],
		name: { id: 'Gubernur Jawa Barat', en: 'Governor of West Java' },
		level: 'provinsi',
		description: {
			id: 'Jalur penyampaian antara Pemerintah Kota dan Kemendagri, ke dua arah.',
			en: 'The channel between the city government and the Ministry of Home Affairs, both ways.',
		},
	},
	{
		id: 'kemendagri',
		short: { id: 'Kemendagri', en: 'Ministry of Home Affairs' },
		sopForms: ['Kemendagri', 'kemdagri', 'Mendagri'],
		name: { id: 'Kementerian Dalam Negeri (Menteri Dalam Negeri)', en: 'Ministry of Home Affairs (Minister of Home Affairs)' },
		level: 'pusat',
		description: {
			id: 'Memberi pertimbangan, membahas usulan dalam rapat intern, meneruskan usulan yang layak dan memintakan surat kuasa.',
			en: 'Gives its consideration, reviews the proposal in an internal meeting, forwards feasible proposals and requests the Full Powers.',
		},
	},
	{
		id: 'kementerian-lembaga-terkait',
		short: { id: 'K/L terkait', en: 'Related ministries and agencies' },
		sopForms: ['Departemen/Lembaga Pemerintah Non- Pemerintah terkait'],
		name: { id: 'Departemen/Lembaga Pemerintah Non-Departemen terkait', en: 'Related ministries and agencies' },
		level: 'pusat',
		description: {
			id: 'Dilibatkan Mendagri dalam rapat intern untuk memberi pertimbangan.',
			en: 'Involved by the Minister of Home Affairs in the internal meeting to give their consideration.',
		},
	},
	{
		id: 'bappenas',
		short: { id: 'Bappenas', en: 'Bappenas' },
		sopForms: ['Bappenas'],
		name: { id: 'Kementerian PPN / Badan Perencanaan Pembangunan Nasional', en: 'Ministry of National Development Planning (Bappenas)' },
		level: 'pusat',
		description: {
			id: 'Memasukkan usulan yang layak ke dalam daftar rencana prioritas pinjaman dan/atau hibah luar negeri jangka menengah.',
			en: 'Puts feasible proposals on the medium-term priority list for foreign loans and/or grants.',
		},
	},
	{
		id: 'sekneg',
		short: { id: 'Sekneg', en: 'State Secretariat' },
		sopForms: ['Sekneg'],
		name: { id: 'Kementerian Sekretariat Negara', en: 'Ministry of State Secretariat' },
		level: 'pusat',
		description: {
			id: 'Jalur untuk memperoleh persetujuan Pemerintah atas usulan.',
			en: 'The channel for the government’s approval of the proposal.',
		},
	},
	{
		id: 'kemenlu',
		short: { id: 'Kemenlu', en: 'Ministry of Foreign Affairs' },
		sopForms: ['Menteri Luar Negeri'],
		name: { id: 'Kementerian Luar Negeri (Menteri Luar Negeri)', en: 'Ministry of Foreign Affairs (Minister of Foreign Affairs)' },
		level: 'pusat',
		description: {
			id: 'Menerbitkan surat kuasa (full power) untuk menandatangani MOU.',
			en: 'Issues the Full Powers to sign the MOU.',
		},
	},
	{
		id: 'djpu-kemenkeu',
		short: { id: 'DJPU Kemenkeu', en: 'Debt Management Office, Ministry of Finance' },
		sopForms: ['Ditjen Pengelolaan Utang - Kemenkeu'],
		name: { id: 'Direktorat Jenderal Pengelolaan Utang, Kementerian Keuangan', en: 'Directorate General of Debt Management, Ministry of Finance' },
		level: 'pusat',
		description: {
			id: 'Menerima laporan pelaksanaan kerjasama dari Kepala Daerah.',
			en: 'Receives the implementation report from the Mayor.',
		},
	},
	{
		id: 'bpk',
		short: { id: 'BPK', en: 'Audit Board' },
		sopForms: ['BPK'],
		name: { id: 'Badan Pemeriksa Keuangan', en: 'Audit Board of the Republic of Indonesia' },
		level: 'pusat',
		description: {
			id: 'Menerima laporan pelaksanaan kerjasama dari Kepala Daerah.',
			en: 'Receives the implementation report from the Mayor.',
		},
	},
	{
		id: 'pihak-luar-negeri',
		short: { id: 'Pihak luar negeri', en: 'Foreign partner' },
		sopForms: ['pihak luar negeri', 'Pihak Luar Luar Negeri'],
		name: { id: 'Pihak luar negeri (kota, pemerintah atau lembaga di luar negeri)', en: 'Foreign partner (city, government or institution abroad)' },
		level: 'luar-negeri',
		description: {
			id: 'Mitra kerjasama: dapat mengajukan usulan, memberi persetujuan, ikut menyusun perjanjian dan menandatangani MOU serta perjanjian.',
			en: 'The cooperation partner: may send the proposal, gives its consent, helps prepare the agreement and signs the MOU and the agreement.',
		},
	},
	{
		id: 'pemda-pengusul',
		short: { id: 'Pemda', en: 'Regional government' },
		sopForms: ['Pemda'],
		name: { id: 'Pemerintah Daerah pengusul', en: 'Proposing regional government' },
		level: 'daerah-lain',
		description: {
			id: 'Langkah 1 menyebut Pemda sebagai salah satu asal usulan kerjasama; SOP tidak merinci lebih lanjut.',
			en: 'Step 1 names a regional government as one source of proposals; the SOP says no more about it.',
		},
	},
];
