import type { SopInput } from '../../model/schema';

/** The phases the steps fall into, in order: a phase's number is its place in this list. */
export const phases: SopInput['phases'] = [
	{
		id: 'penerimaan-usulan',
		title: { id: 'Penerimaan usulan', en: 'Receiving the proposal' },
		summary: {
			id: 'Usulan kerjasama diterima, diberi disposisi oleh Kasubag dan dinaikkan ke Kabag Kerjasama untuk mendapat arahan.',
			en: 'The proposal is received, given a disposition by the Head of Sub-Division and passed to the Head of the Cooperation Division for direction.',
		},
	},
	{
		id: 'pembahasan-dan-persetujuan-walikota',
		title: { id: 'Pembahasan dan persetujuan Wali Kota', en: 'Review and the Mayor’s approval' },
		summary: {
			id: 'Tim TKKSD membahas usulan, Kasubag menyusun telaahan staf yang diproses sampai Wali Kota, lalu usulan kerjasama ditandatangani Wali Kota.',
			en: 'The TKKSD team reviews the proposal, a staff study memo goes up to the Mayor and back, and the Mayor signs the cooperation proposal.',
		},
	},
	{
		id: 'pertimbangan-kemendagri',
		title: { id: 'Pertimbangan Kemendagri', en: 'Consideration by the Ministry of Home Affairs' },
		summary: {
			id: 'Usulan dikonsultasikan ke Kemendagri; pertimbangannya menjadi dasar menyusun rencana kerjasama dan rancangan MOU.',
			en: 'The proposal is put to the Ministry of Home Affairs; its consideration is the basis for the cooperation plan and the draft MOU.',
		},
	},
	{
		id: 'persetujuan-dprd',
		title: { id: 'Persetujuan DPRD', en: 'City Council approval' },
		summary: {
			id: 'Rencana kerjasama dan rancangan MOU diajukan ke Wali Kota lalu DPRD, dan bersama persetujuan DPRD disampaikan kepada Mendagri melalui Gubernur.',
			en: 'The plan and draft MOU go to the Mayor and then the City Council, and with the Council’s approval to the Minister of Home Affairs through the Governor.',
		},
	},
	{
		id: 'persetujuan-pemerintah-pusat',
		title: { id: 'Persetujuan Pemerintah Pusat', en: 'Central government approval' },
		summary: {
			id: 'Kemendagri membahas usulan, meneruskan usulan yang layak ke Bappenas dan Sekneg, lalu memintakan surat kuasa (full power) kepada Menteri Luar Negeri.',
			en: 'The Ministry of Home Affairs reviews the proposal, forwards feasible ones to Bappenas and the State Secretariat, then requests Full Powers from the Minister of Foreign Affairs.',
		},
	},
	{
		id: 'penandatanganan',
		title: { id: 'Penandatanganan', en: 'Signing' },
		summary: {
			id: 'MOU ditandatangani berdasarkan surat kuasa, lalu perjanjian kerjasama disiapkan dan ditandatangani.',
			en: 'The MOU is signed under the Full Powers, then the cooperation agreement is prepared and signed.',
		},
	},
	{
		id: 'pelaksanaan-dan-pelaporan',
		title: { id: 'Pelaksanaan dan pelaporan', en: 'Implementation and reporting' },
		summary: {
			id: 'SKPD melaksanakan dan melaporkan perjanjian, Tim TKKSD ikut monitoring dan evaluasi, dan Kepala Daerah menyampaikan laporan pelaksanaan kerjasama.',
			en: 'The city agency implements and reports on the agreement, monitoring and evaluation involve the TKKSD team, and the Mayor submits the implementation report.',
		},
	},
];
