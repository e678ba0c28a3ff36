import { siteStrings } from '../../site/site-strings';
import { defineStrings, translator } from '../../site/strings';

/** Strings of the step-by-step navigation. */
export const stepNavStrings = defineStrings({
	id: {
		'stepNav.intro': 'Seluruh {steps} langkah SOP, dikelompokkan per tahap.',
		'stepNav.current': 'Anda di sini',
		'stepNav.phase': 'Tahap',
	},
	en: {
		'stepNav.intro': 'All {steps} steps of the SOP, grouped by phase.',
		'stepNav.current': 'You are here',
		'stepNav.phase': 'Phase',
	},
});

/** A string of the step-by-step navigation or of the site, in a language. */
export const translate = /* @__PURE__ */ translator(siteStrings, stepNavStrings);
