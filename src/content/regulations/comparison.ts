import type { RegulationsInput } from '../../model/regulation-schema';

/** The date the comparison was made: the regulations' texts read and each step's status set. */
export const comparedOn: RegulationsInput['comparedOn'] = '2026-12-01';

/**
 * The caveat every statement about later law carries, visibly, in every language: the ministerial regulation that
 * details the procedure could not be read. Its mention of the Sub Bagian links to the contact block when the site has one.
 */
export const caveat: RegulationsInput['caveat'] = {
	id: 'Permendagri 25/2020, peraturan menteri yang merinci tata cara kerja sama ini, tidak dapat dibaca untuk situs ini. Peraturan itu dapat menambahkan langkah, alur, atau tenggat waktu yang tidak disebut PP 28/2018. Konfirmasikan prosedur yang berlaku kepada Bagian Kerjasama Kota Bandung, melalui Sub Bagian Kerjasama Luar Negeri.',
	en: 'Minister of Home Affairs Regulation 25/2020, which details the procedure for this cooperation, could not be read for this site. It may add steps, routing or deadlines that Government Regulation 28/2018 does not name. Confirm the procedure in force with the Cooperation Division of the City Government of Bandung, through its Foreign Cooperation Sub-Division.',
};

/**
 * How each status is named and explained, in the order pages list them. A status says where a step stands against
 * PP 28/2018 and nothing more: that PP 28/2018 does not name something never means it is no longer required.
 */
export const statuses: RegulationsInput['statuses'] = [
	{
		id: 'still-required',
		anchor: 'masih-diwajibkan',
		label: { id: 'Masih diwajibkan', en: 'Still required' },
		description: {
			id: 'Peraturan yang dikutip masih mewajibkan langkah ini.',
			en: 'The regulation quoted still requires this step.',
		},
	},
	{
		id: 'changed',
		anchor: 'kini-diatur',
		label: { id: 'Kini diatur PP 28/2018', en: 'Now set out in Government Regulation 28/2018' },
		description: {
			id: 'PP 28/2018 kini mengatur hal yang dikerjakan langkah ini, dengan kata-katanya sendiri: isinya dapat berbeda dari SOP 2015 atau menambahkan rincian. Yang tidak disebutnya tidak berarti dihapus.',
			en: 'Government Regulation 28/2018 now sets out what this step does, in its own words: it may differ from the 2015 SOP or add detail. That it does not name something does not mean it was dropped.',
		},
	},
	{
		id: 'not-named',
		anchor: 'tidak-disebut',
		label: { id: 'Tidak disebut dalam PP 28/2018', en: 'Not named in Government Regulation 28/2018' },
		description: {
			id: 'PP 28/2018 tidak menyebut hal yang menjadi inti langkah ini. Itu tidak berarti langkah ini tidak lagi diperlukan: diamnya PP 28/2018 tidak memutuskan apa pun.',
			en: 'Government Regulation 28/2018 does not name what this step is about. That does not mean the step is no longer required: its silence decides nothing.',
		},
	},
	{
		id: 'not-regulated',
		anchor: 'tidak-diatur',
		label: { id: 'Tidak diatur PP 28/2018', en: 'Not regulated by Government Regulation 28/2018' },
		description: {
			id: 'PP 28/2018 tidak mengatur langkah ini, misalnya karena langkah itu alur kerja internal Pemerintah Kota.',
			en: 'Government Regulation 28/2018 does not regulate this step, for example because it is the city government’s internal workflow.',
		},
	},
];
