import type { Lang } from '../lib/sop/schema';

const id = {
	'site.tagline': 'Panduan Standar Operasional Prosedur Kerjasama Teknik Luar Negeri, Bagian Kerjasama Kota Bandung, 2015.',
	'home.title': 'Panduan SOP Kerjasama Teknik',
	'summary.title': 'Ringkasan prosedur',
	'summary.description': 'Ke-23 langkah SOP Kerjasama Teknik (2015), dikelompokkan per tahap, dengan pelaksana, kelengkapan, output dan teks asli tiap langkah.',
	'summary.intro': 'Halaman ini memuat seluruh {steps} langkah SOP Kerjasama Teknik Bagian Kerjasama Kota Bandung (2015) dalam {phases} tahap.',
	'phase.label': 'Tahap {number}',
	'step.label': 'Langkah {number}',
	'step.ofTotal': 'Langkah {number} dari {total}',
	'field.responsible': 'Pelaksana',
	'field.involved': 'Pihak terkait',
	'field.requires': 'Kelengkapan',
	'field.produces': 'Output',
	'field.issuedBy': 'dari',
	'field.sopText': 'Teks asli SOP 2015',
	'field.none': 'Tidak ada',
	'field.responsibleImplicit': 'SOP tidak menyebut pelaksana langkah ini secara eksplisit.',
	'field.recurring': 'Berlangsung terus selama perjanjian berlaku.',
};

/** A key of the interface strings. */
export type UiKey = keyof typeof id;

const en: Record<UiKey, string> = {
	'site.tagline': 'A guide to the Standard Operating Procedure for foreign technical cooperation of the Cooperation Division, City of Bandung, 2015.',
	'home.title': 'Technical Cooperation SOP guide',
	'summary.title': 'Procedure summary',
	'summary.description': 'All 23 steps of the 2015 Technical Cooperation SOP, grouped by phase, with the responsible office, documents and original text of each step.',
	'summary.intro': 'This page lists all {steps} steps of the Technical Cooperation SOP of the Cooperation Division, City of Bandung (2015), in {phases} phases.',
	'phase.label': 'Phase {number}',
	'step.label': 'Step {number}',
	'step.ofTotal': 'Step {number} of {total}',
	'field.responsible': 'Responsible',
	'field.involved': 'Also involved',
	'field.requires': 'Documents required',
	'field.produces': 'Output',
	'field.issuedBy': 'from',
	'field.sopText': 'Original text of the 2015 SOP (Indonesian)',
	'field.none': 'None',
	'field.responsibleImplicit': 'The SOP does not name who carries out this step.',
	'field.recurring': 'Continues for as long as the agreement runs.',
};

/** The site's own interface strings in each language; `{name}` placeholders are filled by `translate`. */
export const ui: Record<Lang, Record<UiKey, string>> = { id, en };

/** The interface string `key` in `lang`, with `{name}` placeholders replaced from `values`. */
export function translate(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return ui[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
