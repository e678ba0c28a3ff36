import type { Lang } from '../../model/schema';
import type { WizardLinks } from './view';
import { routes } from '../../site/routes';
import { href } from '../../site/href';

/** The wizard's links in a language, for the prerendered pages and the browser alike. */
export function wizardLinks(lang: Lang): WizardLinks {
	return {
		step: (stepId) => href(routes.step(stepId), lang),
		wizard: (query) => href(routes.position(), lang) + query,
		office: (officeId) => href(routes.office(officeId), lang),
	};
}
