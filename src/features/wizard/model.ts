import type { Office, Phase, SopDocument, Step } from '../../model/schema';

/** A step as far as the wizard reads it. */
export type WizardStep = Pick<Step, 'id' | 'number' | 'title' | 'phase' | 'responsible' | 'responsibleImplicit' | 'requires' | 'produces' | 'next' | 'decision' | 'recurring'>;

/**
 * The parts of the SOP model the wizard reads. The full validated `Sop` fits this type,
 * and so does the compact copy (`compactSop`) that the wizard page hands to the browser.
 */
export interface WizardSop {
	phases: Pick<Phase, 'id' | 'order' | 'title'>[];
	offices: Pick<Office, 'id' | 'short' | 'name'>[];
	documents: Pick<SopDocument, 'id' | 'name' | 'addressedTo'>[];
	steps: WizardStep[];
}

/** A copy of the model with only the fields the wizard reads, small enough to embed in the page as JSON. */
export function compactSop(sop: WizardSop): WizardSop {
	return {
		phases: sop.phases.map(({ id, order, title }) => ({ id, order, title })),
		offices: sop.offices.map(({ id, short, name }) => ({ id, short, name })),
		documents: sop.documents.map(({ id, name, addressedTo }) => ({ id, name, addressedTo })),
		steps: sop.steps.map(({ id, number, title, phase, responsible, responsibleImplicit, requires, produces, next, decision, recurring }) => ({
			id,
			number,
			title,
			phase,
			responsible,
			responsibleImplicit,
			requires,
			produces,
			next,
			...(decision ? { decision } : {}),
			recurring,
		})),
	};
}

/** The steps ordered by number. */
export function stepsByNumber(sop: WizardSop): WizardStep[] {
	return [...sop.steps].sort((a, b) => a.number - b.number);
}

/** The phases ordered by `order`. */
export function phasesByOrder(sop: WizardSop): WizardSop['phases'] {
	return [...sop.phases].sort((a, b) => a.order - b.order);
}

/** The step with this id, or undefined. */
export function lookUpStep(sop: WizardSop, id: string): WizardStep | undefined {
	return sop.steps.find((step) => step.id === id);
}

/** The office with this id; throws for an id the validated model does not hold. */
export function officeOf(sop: WizardSop, id: string): WizardSop['offices'][number] {
	return found(sop.offices.find((office) => office.id === id), 'office', id);
}

/** The document with this id; throws for an id the validated model does not hold. */
export function documentOf(sop: WizardSop, id: string): WizardSop['documents'][number] {
	return found(sop.documents.find((doc) => doc.id === id), 'document', id);
}

/** The step with this id; throws for an id the validated model does not hold. */
export function stepOf(sop: WizardSop, id: string): WizardStep {
	return found(lookUpStep(sop, id), 'step', id);
}

function found<T>(value: T | undefined, kind: string, id: string): T {
	if (value === undefined) throw new Error(`Unknown ${kind} "${id}"`);
	return value;
}
