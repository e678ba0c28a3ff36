import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the step pages. */
export const stepPageStrings = defineStrings({
	id: {
		'stepPage.description': 'Langkah {number} dari {total} SOP Kerjasama Teknik Kota Bandung (2015): {title}.',
		'stepPage.explanation': 'Penjelasan',
		'stepPage.facts': 'Pelaksana dan dokumen',
		'stepPage.gate': 'Keputusan sebelum langkah ini',
		'stepPage.gateYes': 'Langkah ini dilaksanakan.',
		'stepPage.decisionAfter': 'Keputusan setelah langkah ini',
		'stepPage.routing': 'Alur: {documents}',
		'stepPage.routingIntro': 'Menurut SOP, berkas ini disampaikan berurutan melalui:',
		'decision.no': 'Tidak',
		'decision.decidedBy': 'Diputuskan oleh',
		'decision.implied': 'Keputusan ini tersirat: SOP tidak menyebutnya.',
		'nextStep.heading': 'Langkah berikutnya',
		'nextStep.decisionAfter': 'Setelah langkah ini:',
		'nextStep.decisionBefore': 'Sebelum langkah {number}:',
		'nextStep.bring': 'Yang perlu dibawa',
		'nextStep.repeat': '{when}: kembali ke',
		'nextStep.end': 'Ini langkah terakhir SOP: prosedur selesai di sini.',
	},
	en: {
		'stepPage.description': 'Step {number} of {total} of the Technical Cooperation SOP of the City Government of Bandung (2015): {title}.',
		'stepPage.explanation': 'What happens',
		'stepPage.facts': 'Offices and documents',
		'stepPage.gate': 'Decision before this step',
		'stepPage.gateYes': 'This step takes place.',
		'stepPage.decisionAfter': 'Decision after this step',
		'stepPage.routing': 'Route: {documents}',
		'stepPage.routingIntro': 'According to the SOP, the file passes through, in this order:',
		'decision.no': 'No',
		'decision.decidedBy': 'Decided by',
		'decision.implied': 'This decision is implied: the SOP does not state it.',
		'nextStep.heading': 'Next step',
		'nextStep.decisionAfter': 'After this step:',
		'nextStep.decisionBefore': 'Before step {number}:',
		'nextStep.bring': 'What to bring',
		'nextStep.repeat': '{when}: back to',
		'nextStep.end': 'This is the last step of the SOP: the procedure ends here.',
	},
});

/** A string of the step feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, stepPageStrings);
