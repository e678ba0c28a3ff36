import type { RegulationsInput } from '../../model/regulation-schema';

/** Where each step of the SOP stands against PP 28/2018, in the SOP's order: every step has one status. */
export const stepStatuses: RegulationsInput['stepStatuses'] = [
	{ step: 'terima-usulan', status: 'not-regulated' },
	{ step: 'buat-disposisi-kasubag', status: 'not-regulated' },
	{ step: 'naikkan-ke-kabag', status: 'not-regulated' },
	{ step: 'arahan-kabag', status: 'not-named' },
	{ step: 'rapat-tim-tkksd', status: 'not-regulated' },
	{ step: 'susun-telaahan-staf', status: 'not-regulated' },
	{ step: 'proses-telaahan-staf', status: 'not-regulated' },
	{ step: 'tanda-tangan-usulan-walikota', status: 'changed' },
	{ step: 'konsultasi-kemendagri', status: 'changed' },
	{ step: 'pertimbangan-kemendagri', status: 'changed' },
	{ step: 'susun-rencana-kerjasama', status: 'changed' },
	{ step: 'persetujuan-dprd', status: 'still-required' },
	{ step: 'sampaikan-ke-mendagri', status: 'changed' },
	{ step: 'rapat-intern-kemendagri', status: 'still-required' },
	{ step: 'teruskan-ke-bappenas-sekneg', status: 'not-named' },
	{ step: 'mohon-full-power', status: 'not-named' },
	{ step: 'tanda-tangan-mou', status: 'changed' },
	{ step: 'siapkan-perjanjian', status: 'not-named' },
	{ step: 'tanda-tangan-perjanjian', status: 'changed' },
	{ step: 'laksanakan-perjanjian', status: 'not-regulated' },
	{ step: 'laporkan-pelaksanaan', status: 'not-regulated' },
	{ step: 'monitoring-evaluasi', status: 'changed' },
	{ step: 'laporan-kepala-daerah', status: 'changed' },
];
