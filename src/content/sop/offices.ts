import type { SopInput } from '../../model/schema';

/** Every office (pelaksana) named in the SOP, with names from the domain notes. */
export const offices: SopInput['offices'] = [
	{
		id: 'staf-kln',
		abbr: 'Staf',
		name: { id: 'Staf Sub Bagian Kerjasama Luar Negeri', en: 'Foreign Cooperation Sub-Division staff' },
		level: 'kota',
		description: {
			id: 'Staf pada Sub Bagian Kerjasama Luar Negeri yang menerima usulan kerjasama.',
			en: 'Staff of the Foreign Cooperation Sub-Division, who receive cooperation proposals.',
		},
	},
	{
		id: 'kasubag-kln',
		abbr: 'Kasubag KLN',
		aliases: ['Kasubag'],
		name: { id: 'Kepala Sub Bagian Kerjasama Luar Negeri', en: 'Head of the Foreign Cooperation Sub-Division' },
		level: 'kota',
		description: {
			id: 'Pemilik SOP ini: membuat disposisi, menyelenggarakan rapat Tim TKKSD dan menyusun telaahan staf.',
			en: 'Owner of this SOP: writes the disposition, convenes the TKKSD team and prepares the staff study memo.',
		},
	},
	{
		id: 'kabag-kerjasama',
		abbr: 'Kabag Kerjasama',
		aliases: ['Kabag'],
		name: { id: 'Kepala Bagian Kerjasama, Sekretariat Daerah Kota Bandung', en: 'Head of the Cooperation Division, City Secretariat' },
		level: 'kota',
		description: {
			id: 'Atasan Kasubag KLN: memberi arahan dan meneruskan telaahan staf kepada pimpinan.',
			en: 'Superior of the Head of Sub-Division: gives direction and passes the staff study memo up the line.',
		},
	},
	{
		id: 'tim-tkksd',
		abbr: 'Tim TKKSD',
		aliases: ['TKKSD'],
		name: { id: 'Tim Koordinasi Kerja Sama Daerah', en: 'Regional Cooperation Coordination Team' },
		level: 'kota',
		description: {
			id: 'Tim lintas perangkat daerah yang membahas usulan, ikut menyusun rencana kerjasama, MOU dan perjanjian, serta ikut monitoring dan evaluasi.',
			en: 'A team across city agencies that reviews proposals, helps draft the plan, MOU and agreement, and takes part in monitoring and evaluation.',
		},
	},
	{
		id: 'skpd',
		abbr: 'SKPD',
		name: { id: 'Satuan Kerja Perangkat Daerah terkait (kini Perangkat Daerah)', en: 'Related city government agency (work unit)' },
		level: 'kota',
		description: {
			id: 'Perangkat daerah yang urusannya terkait kerjasama: ikut rapat, melaksanakan perjanjian dan melaporkan pelaksanaannya.',
			en: 'The city agency whose field the cooperation concerns: attends the meeting, implements the agreement and reports on it.',
		},
	},
	{
		id: 'asisten-pemerintahan',
		abbr: 'Asisten Pemerintahan',
		name: { id: 'Asisten Pemerintahan, Sekretariat Daerah', en: 'Assistant for Governance to the City Secretary' },
		level: 'kota',
		description: {
			id: 'Dilalui telaahan staf dalam jalur persetujuan menuju Walikota.',
			en: 'On the approval route of the staff study memo to the Mayor.',
		},
	},
	{
		id: 'sekda',
		abbr: 'Sekda',
		name: { id: 'Sekretaris Daerah Kota Bandung', en: 'City Secretary' },
		level: 'kota',
		description: {
			id: 'Dilalui telaahan staf dalam jalur persetujuan menuju Walikota.',
			en: 'On the approval route of the staff study memo to the Mayor.',
		},
	},
	{
		id: 'wakil-walikota',
		abbr: 'Wakil Walikota',
		name: { id: 'Wakil Wali Kota Bandung', en: 'Deputy Mayor' },
		level: 'kota',
		description: {
			id: 'Dilalui telaahan staf dalam jalur persetujuan menuju Walikota.',
			en: 'On the approval route of the staff study memo to the Mayor.',
		},
	},
	{
		id: 'walikota',
		abbr: 'Walikota',
		name: { id: 'Wali Kota Bandung (Kepala Daerah)', en: 'Mayor of Bandung (head of the region)' },
		level: 'kota',
		description: {
			id: 'Kepala Daerah: menandatangani usulan kerjasama, MOU dan perjanjian, dan menyampaikan laporan pelaksanaan kerjasama.',
			en: 'Head of the region: signs the proposal, the MOU and the agreement, and submits the implementation report.',
		},
	},
	{
		id: 'dprd',
		abbr: 'DPRD',
		name: { id: 'Dewan Perwakilan Rakyat Daerah Kota Bandung', en: 'Bandung City Council (regional parliament)' },
		level: 'dprd',
		description: {
			id: 'Memberi persetujuan atas rencana kerjasama dan rancangan MOU, dan menerima laporan pelaksanaan kerjasama.',
			en: 'Approves the cooperation plan and draft MOU, and receives the implementation report.',
		},
	},
	{
		id: 'gubernur',
		abbr: 'Gubernur',
		name: { id: 'Gubernur Jawa Barat', en: 'Governor of West Java' },
		level: 'provinsi',
		description: {
			id: 'Jalur penyampaian antara Pemerintah Kota dan Kemendagri, ke dua arah.',
			en: 'The channel between the city government and the Ministry of Home Affairs, both ways.',
		},
	},
	{
		id: 'kemendagri',
		abbr: 'Kemendagri',
		aliases: ['Mendagri', 'kemdagri'],
		name: { id: 'Kementerian Dalam Negeri (Menteri Dalam Negeri)', en: 'Ministry of Home Affairs (Minister of Home Affairs)' },
		level: 'pusat',
		description: {
			id: 'Memberi pertimbangan, membahas usulan dalam rapat intern, meneruskan usulan yang layak dan memintakan surat kuasa.',
			en: 'Gives its consideration, reviews the proposal in an internal meeting, forwards feasible proposals and requests the Full Powers.',
		},
	},
	{
		id: 'kementerian-lembaga-terkait',
		abbr: 'K/L terkait',
		name: { id: 'Departemen/Lembaga Pemerintah Non-Departemen terkait', en: 'Related ministries and agencies' },
		level: 'pusat',
		description: {
			id: 'Dilibatkan Mendagri dalam rapat intern untuk memberi pertimbangan.',
			en: 'Involved by the Minister of Home Affairs in the internal meeting to give their consideration.',
		},
	},
	{
		id: 'bappenas',
		abbr: 'Bappenas',
		name: { id: 'Kementerian PPN / Badan Perencanaan Pembangunan Nasional', en: 'Ministry of National Development Planning (Bappenas)' },
		level: 'pusat',
		description: {
			id: 'Memasukkan usulan yang layak ke dalam daftar rencana prioritas pinjaman dan/atau hibah luar negeri jangka menengah.',
			en: 'Puts feasible proposals on the medium-term priority list for foreign loans and/or grants.',
		},
	},
	{
		id: 'sekneg',
		abbr: 'Sekneg',
		name: { id: 'Kementerian Sekretariat Negara', en: 'Ministry of State Secretariat' },
		level: 'pusat',
		description: {
			id: 'Jalur untuk memperoleh persetujuan Pemerintah atas usulan.',
			en: 'The channel for the government’s approval of the proposal.',
		},
	},
	{
		id: 'kemenlu',
		abbr: 'Kemenlu',
		name: { id: 'Kementerian Luar Negeri (Menteri Luar Negeri)', en: 'Ministry of Foreign Affairs (Minister of Foreign Affairs)' },
		level: 'pusat',
		description: {
			id: 'Menerbitkan surat kuasa (full power) untuk menandatangani MOU.',
			en: 'Issues the Full Powers to sign the MOU.',
		},
	},
	{
		id: 'djpu-kemenkeu',
		abbr: 'Ditjen Pengelolaan Utang – Kemenkeu',
		name: { id: 'Direktorat Jenderal Pengelolaan Utang, Kementerian Keuangan', en: 'Directorate General of Debt Management, Ministry of Finance' },
		level: 'pusat',
		description: {
			id: 'Menerima laporan pelaksanaan kerjasama dari Kepala Daerah.',
			en: 'Receives the implementation report from the Mayor.',
		},
	},
	{
		id: 'bpk',
		abbr: 'BPK',
		name: { id: 'Badan Pemeriksa Keuangan', en: 'Audit Board of the Republic of Indonesia' },
		level: 'pusat',
		description: {
			id: 'Menerima laporan pelaksanaan kerjasama dari Kepala Daerah.',
			en: 'Receives the implementation report from the Mayor.',
		},
	},
	{
		id: 'pihak-luar-negeri',
		abbr: 'Pihak luar negeri',
		name: { id: 'Pihak luar negeri (kota, pemerintah atau lembaga di luar negeri)', en: 'Foreign partner (city, government or institution abroad)' },
		level: 'luar-negeri',
		description: {
			id: 'Mitra kerjasama: dapat mengajukan usulan, memberi persetujuan, ikut menyusun perjanjian dan menandatangani MOU serta perjanjian.',
			en: 'The cooperation partner: may send the proposal, gives its consent, helps prepare the agreement and signs the MOU and the agreement.',
		},
	},
	{
		id: 'pemda-pengusul',
		abbr: 'Pemda',
		name: { id: 'Pemerintah Daerah pengusul', en: 'Proposing regional government' },
		level: 'daerah-lain',
		description: {
			id: 'Langkah 1 menyebut Pemda sebagai salah satu asal usulan kerjasama; SOP tidak merinci lebih lanjut.',
			en: 'Step 1 names a regional government (Pemda) as one source of proposals; the SOP says no more about it.',
		},
	},
];
