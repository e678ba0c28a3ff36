import type { Level, Office, Phase, Sop, SopDocument, Step } from './schema';

// The lookups are typed by the fields they read, so that a part of the model (the wizard's compact copy) can use them too.
type HasId = { id: string };

/** All steps ordered by number. */
export function orderedSteps<S extends Pick<Step, 'number'>>(sop: { steps: readonly S[] }): S[] {
	return [...sop.steps].sort((a, b) => a.number - b.number);
}

/** All phases ordered by their `order`. */
export function orderedPhases<P extends Pick<Phase, 'order'>>(sop: { phases: readonly P[] }): P[] {
	return [...sop.phases].sort((a, b) => a.order - b.order);
}

/** The step with this id, or undefined. */
export function findStep<S extends HasId>(sop: { steps: readonly S[] }, id: string): S | undefined {
	return sop.steps.find((step) => step.id === id);
}

/** The step with this id; throws when there is none (for ids the validated model guarantees). */
export function getStep<S extends HasId>(sop: { steps: readonly S[] }, id: string): S {
	return required(findStep(sop, id), 'step', id);
}

/** The office with this id; throws when there is none. */
export function getOffice<O extends HasId = Office>(sop: { offices: readonly O[] }, id: string): O {
	return required(sop.offices.find((office) => office.id === id), 'office', id);
}

/** The document with this id; throws when there is none. */
export function getDocument<D extends HasId = SopDocument>(sop: { documents: readonly D[] }, id: string): D {
	return required(sop.documents.find((doc) => doc.id === id), 'document', id);
}

/** The level of government with this id; throws when there is none. */
export function getLevel(sop: Sop, id: string): Level {
	return required(sop.levels.find((level) => level.id === id), 'level', id);
}

/** The phase with this id; throws when there is none. */
export function getPhase<P extends HasId = Phase>(sop: { phases: readonly P[] }, id: string): P {
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
export function stepsOfPhase<S extends Pick<Step, 'number' | 'phase'>>(sop: { steps: readonly S[] }, phaseId: string): S[] {
	return orderedSteps(sop).filter((step) => step.phase === phaseId);
}

/** How an office takes part in a step. */
export type OfficeRole = 'responsible' | 'involved';

/** The steps where an office is responsible or involved (in its routing too), in order, with its role. */
export function stepsForOffice<S extends Pick<Step, 'number' | 'responsible' | 'involved' | 'routing' | 'decision'>>(
	sop: { steps: readonly S[] },
	officeId: string,
): { step: S; role: OfficeRole }[] {
	return orderedSteps(sop).flatMap((step): { step: S; role: OfficeRole }[] => {
		if (step.responsible === officeId) return [{ step, role: 'responsible' }];
		const involved = step.involved.includes(officeId) || step.routing?.via.includes(officeId) || step.decision?.decidedBy.includes(officeId);
		return involved ? [{ step, role: 'involved' }] : [];
	});
}

/** The steps that produce a document, in order. */
export function stepsProducing<S extends Pick<Step, 'number' | 'produces'>>(sop: { steps: readonly S[] }, documentId: string): S[] {
	return orderedSteps(sop).filter((step) => step.produces.includes(documentId));
}

/** The steps that need a document, in order. */
export function stepsRequiring<S extends Pick<Step, 'number' | 'requires'>>(sop: { steps: readonly S[] }, documentId: string): S[] {
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
