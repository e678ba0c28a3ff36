import type { Lang } from '../../model/schema';
import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Interface strings of the "Di mana usulan saya?" wizard (`/posisi/`) and its result. */
export const wizardStrings = defineStrings({
	id: {
		'wizard.description':
			'Pilih langkah terakhir yang sudah selesai atau centang dokumen yang sudah ada, lalu lihat posisi usulan kerjasama, langkah berikutnya, pelaksananya dan dokumen yang perlu disiapkan.',
		'wizard.intro':
			'Jawab salah satu pertanyaan di bawah. Hasilnya menunjukkan posisi usulan kerjasama menurut SOP 2015, langkah berikutnya, siapa pelaksananya, dokumen yang perlu disiapkan dan langkah-langkah sesudahnya.',
		'wizard.share': 'Jawaban tersimpan di alamat halaman, sehingga hasilnya dapat dibagikan sebagai tautan.',
		'wizard.step.heading': 'Langkah terakhir yang sudah selesai',
		'wizard.step.label': 'Pilih langkah terakhir yang sudah selesai',
		'wizard.step.hint': 'Langkah dikelompokkan per tahap, sesuai urutan SOP.',
		'wizard.step.placeholder': 'Pilih langkah',
		'wizard.step.links': 'Pilih langkah terakhir yang sudah selesai untuk melihat posisi usulan:',
		'wizard.step.option': 'Langkah {number}: {title}',
		'wizard.documents.heading': 'Dokumen yang sudah ada',
		'wizard.documents.hint': 'Centang semua dokumen yang sudah ada pada berkas usulan. Posisi disimpulkan dari dokumen yang paling jauh dalam urutan SOP.',
		'wizard.documents.none': 'Centang setidaknya satu dokumen.',
		'wizard.submit': 'Lihat posisi',
		'wizard.sidebar': 'Di mana usulan saya?',
		'wizard.page.title': 'Posisi usulan setelah langkah {number}',
		'wizard.page.description': 'Posisi usulan kerjasama bila langkah {number} ({title}) sudah selesai: langkah berikutnya, pelaksananya dan dokumen yang perlu disiapkan.',
		'wizard.error.title': 'Langkah tidak dikenal',
		'wizard.error.body': 'Alamat halaman ini berisi jawaban yang tidak dapat dibaca ({reason}). Silakan jawab pertanyaan di bawah dari awal.',
		'wizard.problem.too-long': 'terlalu panjang',
		'wizard.problem.malformed': 'formatnya tidak benar',
		'wizard.problem.unknown-key': 'pertanyaan yang tidak dikenal',
		'wizard.problem.repeated-key': 'pertanyaan yang berulang',
		'wizard.problem.conflict': 'dua jawaban sekaligus',
		'wizard.problem.empty-value': 'jawaban kosong',
		'wizard.problem.unknown-step': 'langkah yang tidak ada dalam SOP',
		'wizard.problem.unknown-document': 'dokumen yang tidak dikenal',
		'wizard.problem.repeated-document': 'dokumen yang disebut dua kali',
		'result.heading': 'Posisi usulan',
		'result.where': 'Tahap {phase} dari {phases} · Langkah {step} dari {steps}',
		'result.progress': '{step} dari {steps} langkah selesai',
		'result.done': 'Langkah terakhir yang sudah selesai:',
		'result.evidence': 'Disimpulkan dari dokumen yang dicentang; yang paling jauh: {document}.',
		'result.next': 'Langkah berikutnya',
		'result.when': 'Bila: {when}',
		'result.prepare': 'Dokumen yang disiapkan',
		'result.receivedBy': 'diterima oleh',
		'result.receiverUnknown': 'SOP tidak menyebut penerimanya',
		'result.produces': 'Menghasilkan',
		'result.after': 'Sesudah itu',
		'result.decision': 'Keputusan: {question}',
		'result.decidedBy': 'Diputuskan oleh:',
		'result.silent': 'Bila jawabannya tidak, SOP tidak mengatur kelanjutannya. Tanyakan kepada Sub Bagian Kerjasama Luar Negeri.',
		'result.ongoing': 'Berlangsung terus',
		'result.ongoingIntro': 'Langkah berikut berlangsung terus selama perjanjian berlaku, bukan sekali selesai:',
		'result.complete': 'Usulan sudah melewati langkah terakhir SOP: ke-{steps} langkah sudah dilalui.',
		'result.change': 'Ubah jawaban',
		'result.restart': 'Mulai lagi',
		'contradiction.heading': 'Dokumen tidak sesuai urutan SOP',
		'contradiction.intro': '“{document}” menunjukkan bahwa langkah {number} sudah selesai, tetapi dokumen berikut, yang menurut SOP sudah ada sebelumnya, tidak dicentang:',
		'contradiction.producedAt': 'seharusnya dihasilkan pada',
		'contradiction.advice': 'Bila berkas usulan memiliki dokumen itu, centang juga lalu lihat lagi. Bila tidak, SOP tidak mengatur keadaan ini: tanyakan kepada Sub Bagian Kerjasama Luar Negeri.',
		'contradiction.assume': 'Lihat posisi bila langkah {number} memang sudah selesai',
	},
	en: {
		'wizard.description':
			'Choose the last finished step or tick the documents the proposal already has, and see where the cooperation proposal stands, the next step, who carries it out and which documents to prepare.',
		'wizard.intro':
			'Answer one of the questions below. The result shows where the cooperation proposal stands under the 2015 SOP, the next step, who carries it out, the documents to prepare and the steps after it.',
		'wizard.share': 'Your answer is kept in the page address, so the result can be shared as a link.',
		'wizard.step.heading': 'Last finished step',
		'wizard.step.label': 'Choose the last step that has been finished',
		'wizard.step.hint': 'Steps are grouped by phase, in the order of the SOP.',
		'wizard.step.placeholder': 'Choose a step',
		'wizard.step.links': 'Choose the last finished step to see where the proposal stands:',
		'wizard.step.option': 'Step {number}: {title}',
		'wizard.documents.heading': 'Documents the proposal already has',
		'wizard.documents.hint': 'Tick every document the proposal file already has. The position is inferred from the one furthest along in the SOP.',
		'wizard.documents.none': 'Tick at least one document.',
		'wizard.submit': 'Show the position',
		'wizard.sidebar': 'Where is my proposal?',
		'wizard.page.title': 'Where a proposal stands after step {number}',
		'wizard.page.description': 'Where a cooperation proposal stands once step {number} ({title}) is finished: the next step, who carries it out and the documents to prepare.',
		'wizard.error.title': 'Unknown step',
		'wizard.error.body': 'The address of this page holds an answer that cannot be read ({reason}). Please answer the questions below from the start.',
		'wizard.problem.too-long': 'too long',
		'wizard.problem.malformed': 'badly formed',
		'wizard.problem.unknown-key': 'an unknown question',
		'wizard.problem.repeated-key': 'a repeated question',
		'wizard.problem.conflict': 'two answers at once',
		'wizard.problem.empty-value': 'an empty answer',
		'wizard.problem.unknown-step': 'a step that is not in the SOP',
		'wizard.problem.unknown-document': 'an unknown document',
		'wizard.problem.repeated-document': 'a document named twice',
		'result.heading': 'Where the proposal stands',
		'result.where': 'Phase {phase} of {phases} · Step {step} of {steps}',
		'result.progress': '{step} of {steps} steps finished',
		'result.done': 'Last finished step:',
		'result.evidence': 'Inferred from the ticked documents; the furthest along: {document}.',
		'result.next': 'Next step',
		'result.when': 'If: {when}',
		'result.prepare': 'Documents to prepare',
		'result.receivedBy': 'received by',
		'result.receiverUnknown': 'the SOP does not say who receives it',
		'result.produces': 'Produces',
		'result.after': 'After that',
		'result.decision': 'Decision: {question}',
		'result.decidedBy': 'Decided by:',
		'result.silent': 'If the answer is no, the SOP does not say what happens next. Ask the Foreign Cooperation Sub-Division (Sub Bagian Kerjasama Luar Negeri).',
		'result.ongoing': 'Ongoing',
		'result.ongoingIntro': 'These steps continue for as long as the agreement runs; they are not done once and for all:',
		'result.complete': 'The proposal has passed the last step of the SOP: all {steps} steps are done.',
		'result.change': 'Change your answer',
		'result.restart': 'Start again',
		'contradiction.heading': 'The documents do not fit the order of the SOP',
		'contradiction.intro': '“{document}” shows that step {number} is finished, but these documents, which the SOP has in place before it, are not ticked:',
		'contradiction.producedAt': 'should have been produced at',
		'contradiction.advice':
			'If the proposal file has these documents, tick them too and look again. If it does not, the SOP does not cover this case: ask the Foreign Cooperation Sub-Division (Sub Bagian Kerjasama Luar Negeri).',
		'contradiction.assume': 'See the position if step {number} is indeed finished',
	},
});

/** A string of the wizard feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, wizardStrings);

/** Keys of the shared strings that the wizard's result also uses. */
export const RESULT_COMMON_KEYS = ['step.label', 'phase.label', 'field.responsible', 'field.responsibleImplicit', 'field.none'] as const;

/** A key of the strings the wizard's result is written with. */
export type ResultKey = keyof (typeof wizardStrings)['id'] | (typeof RESULT_COMMON_KEYS)[number];

/** The strings the wizard's result is written with, in one language. */
export type ResultStrings = Record<ResultKey, string>;

/** The wizard's strings in `lang` with the shared ones it uses: what the page hands to the browser. */
export function resultStrings(lang: Lang): ResultStrings {
	const common = Object.fromEntries(RESULT_COMMON_KEYS.map((key) => [key, siteStrings[lang][key]]));
	return { ...wizardStrings[lang], ...common } as ResultStrings;
}
