import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the step-by-step navigation. */
export const stepNavStrings = defineStrings({
	id: {
		'stepNav.allPhases': 'Semua tahap',
		'stepNav.current': 'Anda di sini',
		'stepNav.phase': 'Tahap',
		'stepNav.overview': 'Ikhtisar tahap {number}',
	},
	en: {
		'stepNav.allPhases': 'All phases',
		'stepNav.current': 'You are here',
		'stepNav.phase': 'Phase',
		'stepNav.overview': 'Overview of phase {number}',
	},
});

/** A string of the step-by-step navigation or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, stepNavStrings);
