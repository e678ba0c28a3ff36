import type { Lang } from '../../lib/sop/schema';
import type { WizardLinks } from '../../lib/wizard/view';
import { routes } from '../../lib/routes';
import { href } from '../../utils/href';

/** The wizard's links in a language, for the prerendered pages and the browser alike. */
export function wizardLinks(lang: Lang): WizardLinks {
	return {
		step: (stepId) => href(routes.step(stepId), lang),
		wizard: (query) => href(routes.position(), lang) + query,
		office: (officeId) => href(routes.office(officeId), lang),
	};
}
