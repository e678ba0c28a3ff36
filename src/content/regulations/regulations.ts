import type { RegulationsInput } from '../../model/regulation-schema';

/**
 * The regulations the comparison names: those quoted (read in their own text) and those that could not be read
 * (`read: false`), which are only named. Official titles in Indonesian; `short` is how citations name them.
 */
export const regulations: RegulationsInput['regulations'] = [
	{
		id: 'uu-23-2014',
		short: { id: 'UU 23/2014', en: 'Law 23/2014' },
		title: { id: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', en: 'Law 23/2014 on Regional Government' },
		notes: [
			{
				id: 'Pasal 154 dimuat ulang dengan rumusan yang sama oleh UU 9/2015 (18 Maret 2015), jadi sudah berlaku ketika SOP ini disusun. UU 11/2020 tidak mengubah Pasal 154 maupun Pasal 363–369.',
				en: 'Article 154 was re-enacted with the same wording by Law 9/2015 (18 March 2015), so it was already in force when the SOP was written. Law 11/2020 did not amend Article 154 or Articles 363–369.',
			},
		],
		read: true,
	},
	{
		id: 'pp-28-2018',
		short: { id: 'PP 28/2018', en: 'Government Regulation 28/2018' },
		title: { id: 'Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah', en: 'Government Regulation 28/2018 on Regional Cooperation' },
		dated: { on: '2018-07-13', event: 'promulgated' },
		notes: [
			{ id: 'PP ini mencabut PP 50/2007 (Pasal 51).', en: 'It revoked Government Regulation 50/2007 (Article 51).' },
			{
				id: '“Menteri” dalam PP 28/2018 adalah Menteri Dalam Negeri; Pasal 33 menyebut menteri yang membidangi luar negeri tersendiri.',
				en: '“The Minister” in Government Regulation 28/2018 is the Minister of Home Affairs; Article 33 names the minister for foreign affairs separately.',
			},
			{
				id: 'Teksnya dibaca dari salinan pindaian (OCR). Dalam kutipan, karakter tunggal yang rusak diperbaiki; tidak ada kata yang diubah.',
				en: 'Its text was read from a scanned copy (OCR). In the quotes, broken single characters were repaired; no word was changed.',
			},
		],
		publishedAt: 'https://peraturan.info/pp/2018/28',
		read: true,
	},
	{
		id: 'uu-1-2022',
		short: { id: 'UU 1/2022', en: 'Law 1/2022' },
		title: {
			id: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
			en: 'Law 1/2022 on Financial Relations between the Central Government and Regional Governments',
		},
		read: true,
	},
	{
		id: 'permendagri-25-2020',
		short: { id: 'Permendagri 25/2020', en: 'Minister of Home Affairs Regulation 25/2020' },
		title: { id: 'Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020', en: 'Minister of Home Affairs Regulation 25/2020' },
		read: false,
	},
	{
		id: 'permendagri-22-2020',
		short: { id: 'Permendagri 22/2020', en: 'Minister of Home Affairs Regulation 22/2020' },
		title: { id: 'Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020', en: 'Minister of Home Affairs Regulation 22/2020' },
		read: false,
	},
	{
		id: 'permenlu-3-2019',
		short: { id: 'Permenlu 3/2019', en: 'Minister of Foreign Affairs Regulation 3/2019' },
		title: { id: 'Peraturan Menteri Luar Negeri Nomor 3 Tahun 2019', en: 'Minister of Foreign Affairs Regulation 3/2019' },
		read: false,
	},
];
