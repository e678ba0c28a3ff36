import type { Level, Office, Phase, Sop, SopDocument, Step } from './schema';

/** All steps ordered by number. */
export function orderedSteps(sop: Sop): Step[] {
	return [...sop.steps].sort((a, b) => a.number - b.number);
}

/** All phases ordered by their `order`. */
export function orderedPhases(sop: Sop): Phase[] {
	return [...sop.phases].sort((a, b) => a.order - b.order);
}

/** The step with this id, or undefined. */
export function findStep(sop: Sop, id: string): Step | undefined {
	return sop.steps.find((step) => step.id === id);
}

/** The step with this id; throws when there is none (for ids the validated model guarantees). */
export function getStep(sop: Sop, id: string): Step {
	return required(findStep(sop, id), 'step', id);
}

/** The office with this id; throws when there is none. */
export function getOffice(sop: Sop, id: string): Office {
	return required(sop.offices.find((office) => office.id === id), 'office', id);
}

/** The document with this id; throws when there is none. */
export function getDocument(sop: Sop, id: string): SopDocument {
	return required(sop.documents.find((doc) => doc.id === id), 'document', id);
}

/** The level of government with this id; throws when there is none. */
export function getLevel(sop: Sop, id: string): Level {
	return required(sop.levels.find((level) => level.id === id), 'level', id);
}

/** The phase with this id; throws when there is none. */
export function getPhase(sop: Sop, id: string): Phase {
	return required(sop.phases.find((phase) => phase.id === id), 'phase', id);
}

/** The steps that follow `step`, in the order of its edges. */
export function nextSteps(sop: Sop, step: Step): Step[] {
	return step.next.map((edge) => getStep(sop, edge.to));
}

/** The step numbered one less than `step`, or undefined for the first step. */
export function previousStep(sop: Sop, step: Step): Step | undefined {
	return sop.steps.find((s) => s.number === step.number - 1);
}

/** The step numbered one more than `step`, or undefined for the last step. */
export function followingStep(sop: Sop, step: Step): Step | undefined {
	return sop.steps.find((s) => s.number === step.number + 1);
}

/** The steps of a phase, in order. */
export function stepsOfPhase(sop: Sop, phaseId: string): Step[] {
	return orderedSteps(sop).filter((step) => step.phase === phaseId);
}

/** How an office takes part in a step. */
export type OfficeRole = 'responsible' | 'involved';

/** The steps where an office is responsible or involved (in its routing too), in order, with its role. */
export function stepsForOffice(sop: Sop, officeId: string): { step: Step; role: OfficeRole }[] {
	return orderedSteps(sop).flatMap((step): { step: Step; role: OfficeRole }[] => {
		if (step.responsible === officeId) return [{ step, role: 'responsible' }];
		const involved = step.involved.includes(officeId) || step.routing?.via.includes(officeId) || step.decision?.decidedBy.includes(officeId);
		return involved ? [{ step, role: 'involved' }] : [];
	});
}

/** The steps that produce a document, in order. */
export function stepsProducing(sop: Sop, documentId: string): Step[] {
	return orderedSteps(sop).filter((step) => step.produces.includes(documentId));
}

/** The steps that need a document, in order. */
export function stepsRequiring(sop: Sop, documentId: string): Step[] {
	return orderedSteps(sop).filter((step) => step.requires.includes(documentId));
}

/** The phase a step belongs to. */
export function phaseOfStep(sop: Sop, step: Step): Phase {
	return getPhase(sop, step.phase);
}

function required<T>(value: T | undefined, kind: string, id: string): T {
	if (value === undefined) throw new Error(`Unknown ${kind} "${id}"`);
	return value;
}
