import { getStep } from '../../model/query';
import type { Decision, Sop, Step, Text } from '../../model/schema';

/** A decision that stands between a step and the next one: this step's own (`after`), or the next step's gate (`before`). */
export interface DecisionAhead {
	decision: Decision;
	/** The step whose decision it is. */
	of: Step;
}

/** What comes after a step, for the "next step" card. */
export interface NextStepPlan {
	/** The step the procedure goes on to (on "yes" when a decision stands in between); undefined after the last step. */
	onward: Step | undefined;
	/** The decision taken between this step and `onward`, if any. */
	decision: DecisionAhead | undefined;
	/** Transitions taken only in some cases, with their label: the repeat of steps 20–22. */
	repeats: { when: Text; step: Step }[];
}

/** What comes after a step: the next step, the decision before it if there is one, and any repeat of earlier steps. */
export function planNextStep(sop: Sop, step: Step): NextStepPlan {
	const onwardEdge = step.next.find((edge) => edge.when === undefined);
	const onward = onwardEdge && getStep(sop, onwardEdge.to);
	const repeats = step.next.flatMap((edge) => (edge.when ? [{ when: edge.when, step: getStep(sop, edge.to) }] : []));
	return { onward, decision: decisionAhead(step, onward), repeats };
}

/** The step's own decision when it follows the step; else the next step's decision when it gates that step. */
function decisionAhead(step: Step, onward: Step | undefined): DecisionAhead | undefined {
	if (step.decision?.timing === 'after') return { decision: step.decision, of: step };
	if (onward?.decision?.timing === 'before') return { decision: onward.decision, of: onward };
	return undefined;
}
