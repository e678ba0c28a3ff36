import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the phase pages. */
export const phasePageStrings = defineStrings({
	id: {
		'phasePage.flowHeading': 'Alur tahap ini',
		'phasePage.description': 'Tahap {number} dari {total} SOP Kerjasama Teknik Kota Bandung (2015): {title}, langkah {first}–{last}.',
		'phasePage.stepsHeading': 'Langkah dalam tahap ini',
		'phasePage.stepsIntro': 'Tahap ini terdiri atas langkah {first} sampai {last}.',
	},
	en: {
		'phasePage.flowHeading': 'The flow of this phase',
		'phasePage.description': 'Phase {number} of {total} of the Technical Cooperation SOP of the City of Bandung (2015): {title}, steps {first}–{last}.',
		'phasePage.stepsHeading': 'Steps in this phase',
		'phasePage.stepsIntro': 'This phase covers steps {first} to {last}.',
	},
});

/** A string of the phase feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, phasePageStrings);
