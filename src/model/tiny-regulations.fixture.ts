import { perLang } from './languages';
import type { RegulationsInput } from './regulation-schema';
import type { RegulationSources } from './regulation-validate';

/** A text in every language: the Indonesian as given, the others marked with their code. */
const text = (id: string) => perLang((lang) => (lang === 'id' ? id : `${id} (${lang})`));

/** A fixture file map: errors name these "files". */
export const TINY_REGULATION_SOURCES: RegulationSources = {
	comparison: 'fixture/comparison.ts',
	statuses: 'fixture/statuses.ts',
	regulations: 'fixture/regulations.ts',
	articles: 'fixture/articles.ts',
	findings: 'fixture/findings.ts',
	stepStatuses: 'fixture/step-status.ts',
};

/**
 * A comparison of the four-step tiny SOP (`test/fixtures/tiny-sop.ts`): one regulation read and one not, a whole
 * passage and a framed fragment, a statement shared by two steps, one step of each status.
 */
export function tinyRegulations(): RegulationsInput {
	return {
		comparedOn: '2026-01-31',
		caveat: text('Peraturan menteri tidak dapat dibaca.'),
		statuses: [
			{ id: 'still-required', anchor: 'masih', label: text('Masih'), description: text('Masih diwajibkan') },
			{ id: 'changed', anchor: 'kini', label: text('Kini'), description: text('Kini diatur') },
			{ id: 'not-named', anchor: 'tidak-disebut', label: text('Tidak disebut'), description: text('Tidak disebut') },
			{ id: 'not-regulated', anchor: 'tidak-diatur', label: text('Tidak diatur'), description: text('Tidak diatur') },
		],
		regulations: [
			{ id: 'pp-1-2020', short: { id: 'PP 1/2020', en: 'Government Regulation 1/2020' }, title: text('Peraturan Pemerintah Nomor 1 Tahun 2020'), dated: { on: '2020-02-03', event: 'promulgated' }, read: true },
			{ id: 'permen-2-2021', short: { id: 'Permen 2/2021', en: 'Ministerial Regulation 2/2021' }, title: text('Peraturan Menteri Nomor 2 Tahun 2021'), read: false },
		],
		articles: [
			{ id: 'pp-1-2020-pasal-5-ayat-2', regulation: 'pp-1-2020', article: '5', ayat: '2', quote: ['Dewan memberi persetujuan.'], rendering: { en: 'The council gives approval.' }, steps: ['setujui'] },
			{
				id: 'pp-1-2020-pasal-9',
				regulation: 'pp-1-2020',
				article: '9',
				quote: ['kepada Menteri', 'setiap tahun'],
				frame: { id: 'Laporan disampaikan {1}, {2}.', en: 'Reports go {1}, {2}.' },
				rendering: { en: 'Reports go to the Minister, every year.' },
				steps: ['lapor'],
			},
		],
		findings: [
			{ id: 'internal', text: text('Alur internal.'), steps: ['terima'] },
			{ id: 'dewan', text: text('Dewan masih menyetujui.'), steps: ['setujui'] },
			{ id: 'tidak-disebut', text: text('Nota tidak disebut.'), steps: ['tulis', 'lapor'] },
		],
		stepStatuses: [
			{ step: 'terima', status: 'not-regulated' },
			{ step: 'tulis', status: 'not-named' },
			{ step: 'setujui', status: 'still-required' },
			{ step: 'lapor', status: 'changed' },
		],
	};
}
