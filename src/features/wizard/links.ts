import type { Lang } from '../../model/schema';
import { routes } from '../../site/routes';
import { href } from '../../site/href';
import type { DecisionAnswer } from './flow';

/** A page of the wizard: its start, a question (with an option to choose, from the address's fragment), or an answer. */
export type WizardPage =
	| { kind: 'start' }
	| { kind: 'phases'; choose?: string }
	| { kind: 'phase'; phase: string; choose?: string }
	/** The answer once `step` is finished (the question of its decision when one is asked and `answer` is not given). */
	| { kind: 'after'; step: string; answer?: DecisionAnswer }
	| { kind: 'decision-question'; step: string; choose: DecisionAnswer }
	| { kind: 'documents' }
	| { kind: 'not-submitted'; choose?: string }
	| { kind: 'proposer'; office: string };

/** The prefix of the id of a question's option: `#pilih-<value>` in an address chooses that option. */
export const OPTION_ID_PREFIX = 'pilih-';

/** The root-relative path of a wizard page, with the fragment that chooses an option. */
export function wizardPath(page: WizardPage): string {
	const choose = (value: string | undefined) => (value ? `#${OPTION_ID_PREFIX}${value}` : '');
	switch (page.kind) {
		case 'start':
			return routes.position();
		case 'phases':
			return routes.positionPhases() + choose(page.choose);
		case 'phase':
			return routes.positionPhase(page.phase) + choose(page.choose);
		case 'after':
			return page.answer ? routes.positionDecision(page.step, page.answer) : routes.positionAfter(page.step);
		case 'decision-question':
			return routes.positionAfter(page.step) + choose(page.choose);
		case 'documents':
			return routes.positionDocuments();
		case 'not-submitted':
			return routes.positionNotSubmitted() + choose(page.choose);
		case 'proposer':
			return routes.positionProposer(page.office);
	}
}

/** The URLs an answer links to. */
export interface WizardLinks {
	step(stepId: string): string;
	office(officeId: string): string;
	document(documentId: string): string;
	summary(): string;
	/** A wizard page; `query` ("" or "?…") goes before the fragment. */
	page(page: WizardPage, query?: string): string;
}

/** The wizard's links in a language, with the deployment base: for the prerendered pages and the browser alike. */
export function wizardLinks(lang: Lang): WizardLinks {
	return {
		step: (stepId) => href(routes.step(stepId), lang),
		office: (officeId) => href(routes.office(officeId), lang),
		document: (documentId) => href(routes.document(documentId), lang),
		summary: () => href(routes.summary(), lang),
		page: (page, query = '') => {
			const [path, fragment] = wizardPath(page).split('#');
			return href(path!, lang) + query + (fragment ? `#${fragment}` : '');
		},
	};
}
