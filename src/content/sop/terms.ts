import type { SopInput } from '../../model/schema';

/** Terms and abbreviations of the SOP that are not offices (offices carry their own forms), as the SOP writes them. */
export const terms: SopInput['terms'] = [
	{
		id: 'mou',
		term: 'MOU',
		full: { id: 'Memorandum of Understanding / Nota Kesepahaman', en: 'Memorandum of Understanding' },
		meaning: {
			id: 'Nota kesepahaman antara Pemerintah Kota dan pihak luar negeri, ditandatangani pada langkah 17.',
			en: 'The memorandum between the city government and the foreign partner, signed at step 17.',
		},
		document: 'mou-ditandatangani',
	},
	{
		id: 'full-power',
		term: 'surat kuasa/full power',
		full: { id: 'Surat Kuasa (Full Powers) dari Menteri Luar Negeri', en: 'Full Powers from the Minister of Foreign Affairs' },
		meaning: {
			id: 'Surat dari Menteri Luar Negeri yang memberi kuasa untuk menandatangani MOU.',
			en: 'The letter from the Minister of Foreign Affairs that authorises signing the MOU.',
		},
		document: 'surat-kuasa-full-power',
	},
	{
		id: 'telaahan-staf',
		term: 'Telaahan staf',
		full: { id: 'Telaahan staf', en: 'Staff study memo' },
		meaning: {
			id: 'Naskah dinas berisi fakta, analisis dan saran, untuk diputuskan oleh atasan.',
			en: 'A formal memo with facts, analysis and a recommendation, for a superior’s decision.',
		},
		document: 'telaahan-staf',
	},
	{
		id: 'disposisi',
		term: 'disposisi',
		full: { id: 'Disposisi', en: 'Disposition (routing note)' },
		meaning: {
			id: 'Instruksi tertulis atasan pada surat masuk yang menentukan siapa menindaklanjutinya dan bagaimana.',
			en: 'A superior’s written instruction on an incoming letter saying who follows it up and how.',
		},
		document: 'disposisi-kasubag',
	},
	{
		id: 'pemkot',
		term: 'Pemkot',
		full: { id: 'Pemerintah Kota', en: 'City government' },
		meaning: { id: 'Pemerintah Kota Bandung.', en: 'The Bandung city government.' },
	},
	{
		id: 'kjs',
		term: 'kjs',
		full: { id: 'kerjasama', en: 'cooperation' },
		meaning: { id: 'Singkatan dalam teks SOP (langkah 18).', en: 'An abbreviation in the SOP text (step 18).' },
	},
	{
		id: 'kpd',
		term: 'kpd',
		full: { id: 'kepada', en: 'to' },
		meaning: { id: 'Singkatan dalam teks SOP (langkah 12 dan 23).', en: 'An abbreviation in the SOP text (steps 12 and 23).' },
	},
	{
		id: 'dgn',
		term: 'dgn',
		full: { id: 'dengan', en: 'with' },
		meaning: { id: 'Singkatan dalam teks SOP (langkah 23).', en: 'An abbreviation in the SOP text (step 23).' },
	},
	{
		id: 'ln',
		term: 'LN',
		full: { id: 'luar negeri', en: 'foreign' },
		meaning: { id: 'Singkatan dalam teks SOP (langkah 15).', en: 'An abbreviation in the SOP text (step 15).' },
	},
];
