import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the phase pages. */
export const phasePageStrings = defineStrings({
	id: {
		'phasePage.flowHeading': 'Langkah {first}–{last} dalam alur',
		'phasePage.description': 'Tahap {number} dari {total} SOP Kerjasama Teknik Kota Bandung (2015): {title}, langkah {first}–{last}.',
	},
	en: {
		'phasePage.flowHeading': 'Steps {first}–{last} in the flow',
		'phasePage.description': 'Phase {number} of {total} of the Technical Cooperation SOP of the City Government of Bandung (2015): {title}, steps {first}–{last}.',
	},
});

/** A string of the phase feature or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, phasePageStrings);
