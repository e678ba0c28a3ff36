import type { Text } from '../../model/schema';
import { lookUpStep, phasesByOrder, stepOf, stepsByNumber, type WizardSop, type WizardStep } from './model';

/** How many steps after the next one the result previews. */
export const PREVIEW_LENGTH = 3;

/** A step ahead of the proposal, with the branch label of the edge that leads to it. */
export interface StepAhead {
	step: WizardStep;
	when?: Text;
}

/** Where a proposal stands once a step is finished, and what lies ahead of it. */
export interface Position {
	/** The last finished step. */
	done: WizardStep;
	/** Its phase, its place among the phases (from 1) and how many phases there are. */
	phase: WizardSop['phases'][number];
	phaseNumber: number;
	phaseCount: number;
	/** The place of the last finished step among the steps (from 1) and how many steps there are. */
	stepNumber: number;
	stepCount: number;
	/** The steps the edges of the last finished step lead to; empty when the procedure is complete. */
	next: StepAhead[];
	/** Up to PREVIEW_LENGTH steps after the next ones, following the edges. */
	preview: StepAhead[];
	/** The steps that run for the life of the agreement, when the proposal has reached or is about to reach them. */
	ongoing: WizardStep[];
}

/** The position after the step `doneId` is finished, or undefined when the model has no such step. */
export function resolvePosition(sop: WizardSop, doneId: string): Position | undefined {
	const done = lookUpStep(sop, doneId);
	if (!done) return undefined;
	const phases = phasesByOrder(sop);
	const steps = stepsByNumber(sop);
	const next = aheadOf(sop, done);
	const preview = previewAfter(sop, done, next);
	const recurring = steps.filter((step) => step.recurring);
	const nearRecurring = next.length === 0 || [done, ...next.map((a) => a.step), ...preview.map((a) => a.step)].some((step) => step.recurring);
	return {
		done,
		phase: phases.find((phase) => phase.id === done.phase)!,
		phaseNumber: phases.findIndex((phase) => phase.id === done.phase) + 1,
		phaseCount: phases.length,
		stepNumber: steps.indexOf(done) + 1,
		stepCount: steps.length,
		next,
		preview,
		ongoing: nearRecurring ? recurring : [],
	};
}

/** Whether the SOP names only some outcomes of a step's decision (its "no" branch is not described). */
export function isSilentDecision(step: WizardStep): boolean {
	return step.decision !== undefined;
}

/** The steps a step leads to, forward only (a repeat back to an earlier step is not "next"), each with the condition of getting there. */
function aheadOf(sop: WizardSop, step: WizardStep): StepAhead[] {
	return step.next
		.map((edge) => ({ edge, target: stepOf(sop, edge.to) }))
		.filter(({ target }) => target.number > step.number)
		.map(({ edge, target }) => {
			const when = edge.when ?? (step.decision?.timing === 'after' ? step.decision.yes : undefined) ?? (target.decision?.timing === 'before' ? target.decision.yes : undefined);
			return when ? { step: target, when } : { step: target };
		});
}

/** Walks the edges breadth-first from the next steps, skipping steps already seen, up to PREVIEW_LENGTH steps. */
function previewAfter(sop: WizardSop, done: WizardStep, next: StepAhead[]): StepAhead[] {
	const seen = new Set([done.id, ...next.map((a) => a.step.id)]);
	const preview: StepAhead[] = [];
	const queue = next.map((a) => a.step);
	while (queue.length > 0 && preview.length < PREVIEW_LENGTH) {
		for (const ahead of aheadOf(sop, queue.shift()!)) {
			if (seen.has(ahead.step.id) || preview.length >= PREVIEW_LENGTH) continue;
			seen.add(ahead.step.id);
			preview.push(ahead);
			queue.push(ahead.step);
		}
	}
	return preview;
}
