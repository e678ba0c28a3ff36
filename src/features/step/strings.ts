import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the step pages. */
export const stepPageStrings = defineStrings({
	id: {
		'stepPage.description': 'Langkah {number} dari {total} SOP Kerjasama Teknik Kota Bandung (2015): {title}.',
		'stepPage.explanation': 'Penjelasan',
		'stepPage.facts': 'Pelaksana dan dokumen',
		'stepPage.decision': 'Keputusan',
		'stepPage.decisionImplied': 'Keputusan ini tersirat dalam teks SOP; SOP tidak menyebutnya secara tegas.',
		'stepPage.decidedBy': 'Diputuskan oleh',
		'stepPage.decisionBefore': 'Keputusan ini diambil sebelum langkah ini: langkah ini dilaksanakan bila jawabannya ya.',
		'stepPage.decisionAfter': 'Keputusan ini diambil setelah langkah ini.',
		'stepPage.thisStep': 'langkah ini dilaksanakan',
		'stepPage.goTo': 'lanjut ke',
		'stepPage.otherwise': 'Bila tidak',
		'stepPage.silent': 'SOP tidak menyebut apa yang terjadi dalam hal ini. Tanyakan kepada Sub Bagian Kerjasama Luar Negeri.',
		'stepPage.routing': 'Alur: {documents}',
		'stepPage.routingIntro': 'Menurut SOP, berkas ini disampaikan berurutan melalui:',
	},
	en: {
		'stepPage.description': 'Step {number} of {total} of the Technical Cooperation SOP of the City of Bandung (2015): {title}.',
		'stepPage.explanation': 'What happens',
		'stepPage.facts': 'Offices and documents',
		'stepPage.decision': 'Decision',
		'stepPage.decisionImplied': 'This decision is implied by the text of the SOP, which does not spell it out.',
		'stepPage.decidedBy': 'Decided by',
		'stepPage.decisionBefore': 'This decision comes before the step: the step takes place if the answer is yes.',
		'stepPage.decisionAfter': 'This decision follows the step.',
		'stepPage.thisStep': 'this step takes place',
		'stepPage.goTo': 'go on to',
		'stepPage.otherwise': 'If not',
		'stepPage.silent': 'The SOP does not say what happens in that case. Ask the Foreign Cooperation Sub-Division (Sub Bagian Kerjasama Luar Negeri).',
		'stepPage.routing': 'Route: {documents}',
		'stepPage.routingIntro': 'According to the SOP, these documents pass in this order through:',
	},
});

/** A string of the step feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, stepPageStrings);
