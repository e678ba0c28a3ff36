import { orderedPhases, stepsOfPhase } from '../../model/query';
import type { Phase, Sop, Step } from '../../model/schema';

/** A phase of the step-by-step navigation, with its steps and which of them is the current one. */
export interface StepNavPhase {
	phase: Phase;
	current: boolean;
	steps: { step: Step; current: boolean }[];
}

/** The phases with their steps for the step-by-step navigation, the current step (if any) marked. */
export function buildStepNav(sop: Sop, currentStepId?: string): StepNavPhase[] {
	return orderedPhases(sop).map((phase) => {
		const steps = stepsOfPhase(sop, phase.id).map((step) => ({ step, current: step.id === currentStepId }));
		return { phase, current: steps.some((s) => s.current), steps };
	});
}

/** The phases before and after a phase, for previous/next links between phase pages. */
export function adjacentPhases(sop: Sop, phaseId: string): { prev: Phase | undefined; next: Phase | undefined } {
	const phases = orderedPhases(sop);
	const index = phases.findIndex((phase) => phase.id === phaseId);
	if (index < 0) throw new Error(`Unknown phase "${phaseId}"`);
	return { prev: phases[index - 1], next: phases[index + 1] };
}
