import type { Lang, Office, Phase, SopDocument, Step } from '../../model/schema';

/** A step as far as the wizard reads it. */
export type WizardStep = Pick<
	Step,
	'id' | 'number' | 'title' | 'phase' | 'responsible' | 'responsibleImplicit' | 'involved' | 'requires' | 'produces' | 'next' | 'decision' | 'routing' | 'recurring'
>;
/** An office as far as the wizard reads it. */
export type WizardOffice = Pick<Office, 'id' | 'short' | 'name'>;
/** A document as far as the wizard reads it. */
export type WizardDocument = Pick<SopDocument, 'id' | 'name' | 'description' | 'issuedBy' | 'addressedTo' | 'origin' | 'neededWhen'>;
/** A phase as far as the wizard reads it. */
export type WizardPhase = Pick<Phase, 'id' | 'order' | 'title'>;

/**
 * The parts of the SOP model the wizard reads. The full validated `Sop` fits this type, and so does the compact copy
 * (`compactSop`) that the documents question hands to the browser; the queries of `src/model/query.ts` take either.
 */
export interface WizardSop {
	phases: WizardPhase[];
	offices: WizardOffice[];
	documents: WizardDocument[];
	steps: WizardStep[];
}

/** A copy of the model with only the fields the wizard reads, its texts in one language: small enough to embed as JSON. */
export function compactSop(sop: WizardSop, lang: Lang): WizardSop {
	// Every text keeps the shape of the model's texts with the page's language only: the browser never reads another.
	const text = <T extends Record<Lang, string>>(value: T): T => ({ [lang]: value[lang] }) as T;
	const optional = <T extends Record<Lang, string>>(value: T | undefined) => (value ? text(value) : undefined);
	return {
		phases: sop.phases.map(({ id, order, title }) => ({ id, order, title: text(title) })),
		offices: sop.offices.map(({ id, short, name }) => ({ id, short: text(short), name: text(name) })),
		documents: sop.documents.map(({ id, name, description, issuedBy, addressedTo, origin, neededWhen }) => ({
			id,
			name: text(name),
			description: text(description),
			issuedBy,
			addressedTo,
			origin,
			...(neededWhen ? { neededWhen: optional(neededWhen)! } : {}),
		})),
		steps: sop.steps.map((step) => ({
			id: step.id,
			number: step.number,
			title: text(step.title),
			phase: step.phase,
			responsible: step.responsible,
			responsibleImplicit: step.responsibleImplicit,
			involved: step.involved,
			requires: step.requires,
			produces: step.produces,
			next: step.next.map((edge) => (edge.when ? { to: edge.to, when: text(edge.when) } : { to: edge.to })),
			...(step.decision ? { decision: { ...step.decision, question: text(step.decision.question), yes: text(step.decision.yes) } } : {}),
			...(step.routing ? { routing: step.routing } : {}),
			recurring: step.recurring,
		})),
	};
}
