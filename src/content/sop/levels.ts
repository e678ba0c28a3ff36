import type { SopInput } from '../../model/schema';

/** The levels of government that act in the SOP, in the order of the flow diagram's lanes (domain notes). */
export const levels: SopInput['levels'] = [
	{ id: 'kota', name: { id: 'Pemerintah Kota Bandung', en: 'City Government of Bandung' } },
	{ id: 'dprd', name: { id: 'DPRD Kota Bandung', en: 'Bandung City Council' } },
	{ id: 'provinsi', name: { id: 'Provinsi Jawa Barat', en: 'West Java Province' } },
	{ id: 'pusat', name: { id: 'Pemerintah Pusat', en: 'Central government' } },
	{ id: 'luar-negeri', name: { id: 'Pihak luar negeri', en: 'Foreign partner' } },
	{ id: 'daerah-lain', name: { id: 'Pemerintah Daerah (Pemda)', en: 'Regional government' } },
];
