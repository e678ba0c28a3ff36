import type { Decision, Text } from '../../model/schema';
import { findStep, getStep, orderedSteps } from '../../model/query';
import type { WizardSop, WizardStep } from './model';

/** The answers to a decision, as they appear in the wizard's addresses: yes, no, not yet, I don't know. */
export const DECISION_ANSWERS = ['ya', 'tidak', 'belum', 'tidak-tahu'] as const;
/** An answer to a decision. */
export type DecisionAnswer = (typeof DECISION_ANSWERS)[number];

/** How many steps after the next one an answer lists. */
export const PREVIEW_LENGTH = 3;

/** A step an edge leads to, with the edge's label. */
export interface StepAhead {
	step: WizardStep;
	when?: Text;
}

/** A decision the reader is asked once a step is finished: the one that follows that step, or the one that gates the next. */
export interface PendingDecision {
	decision: Decision;
	/** The step the decision is written on (step 12 for the City Council's approval, step 15 for its own gate). */
	step: WizardStep;
	/** The step that happens on "yes". */
	then: WizardStep;
}

/** The steps that run for the life of the agreement, and the label of the edge that repeats them. */
export interface Cycle {
	steps: WizardStep[];
	when?: Text;
}

interface PositionBase {
	/** The last finished step; undefined before the first step (the proposal is only being sent). */
	done?: WizardStep;
	/** The step a note about a step (a later regulation, say) belongs with: the next step, or the one whose decision is awaited. */
	focus?: WizardStep;
	/** The steps after the next one, following the flow forward, at most PREVIEW_LENGTH. */
	after: WizardStep[];
	/** The recurring steps, when the proposal has reached them or is about to. */
	cycle?: Cycle;
}

/** Where a proposal stands, and what happens next. */
export type Position =
	/**
	 * The file moves on: `next` happens, by its office; `decided` is the decision answered "yes" on the way, if any;
	 * `underWay` when the documents show `next` begun but not finished.
	 */
	| (PositionBase & { kind: 'moving'; holder: string; next: WizardStep; decided?: PendingDecision; underWay?: boolean })
	/** A decision must be answered first: the wizard asks it. */
	| (PositionBase & { kind: 'ask'; decision: PendingDecision })
	/** The decision is not taken yet (or the reader does not know): the file waits with `holder`; `next` follows on "yes". */
	| (PositionBase & { kind: 'waiting'; decision: PendingDecision; holder: string; next: WizardStep; unsure: boolean })
	/** The decision was "no": the SOP does not say what happens then. */
	| (PositionBase & { kind: 'silent'; decision: PendingDecision })
	/** Every step is done. */
	| (PositionBase & { kind: 'complete'; done: WizardStep });

/** The steps a step leads to, forward only: an edge back to an earlier step repeats a cycle, it is not "the next step". */
export function stepsAhead(sop: WizardSop, step: WizardStep): StepAhead[] {
	return step.next.map((edge) => ({ step: getStep(sop, edge.to), when: edge.when })).filter((ahead) => ahead.step.number > step.number);
}

/** The step that comes after `done` (the first step when nothing is done yet); undefined after the last step. */
export function nextStep(sop: WizardSop, done: WizardStep | undefined): WizardStep | undefined {
	return done ? stepsAhead(sop, done)[0]?.step : orderedSteps(sop)[0];
}

/** The decision to ask once `done` is finished: the one that follows it (`after`), else the one that gates the next step (`before`). */
export function pendingDecision(sop: WizardSop, done: WizardStep | undefined): PendingDecision | undefined {
	const next = nextStep(sop, done);
	if (!next) return undefined;
	if (done?.decision?.timing === 'after') return { decision: done.decision, step: done, then: next };
	if (next.decision?.timing === 'before') return { decision: next.decision, step: next, then: next };
	return undefined;
}

/**
 * Where a proposal stands once the step `doneId` is finished (undefined: before the first step), given the answer to the
 * decision asked then, if any. Undefined for a step the model does not have, or for an answer where no decision is asked.
 *
 * Who holds the file is derived, never stated by the SOP: the office at the end of the finished step's route, else the
 * office of the next step; while a decision is awaited, the office deciding it (a decision after a step) or the office of
 * the step it gates (a decision before a step).
 */
export function resolvePosition(sop: WizardSop, doneId: string | undefined, answer?: DecisionAnswer): Position | undefined {
	const done = doneId === undefined ? undefined : findStep(sop, doneId);
	if (doneId !== undefined && !done) return undefined;
	const next = nextStep(sop, done);
	const pending = pendingDecision(sop, done);
	if (answer !== undefined && !pending) return undefined;
	if (!next) return { kind: 'complete', done: done!, after: [], cycle: cycleNear(sop, [done!], true) };

	const after = chainAfter(sop, next);
	const cycle = cycleNear(sop, [done, next, ...after], false);
	if (!pending) return { kind: 'moving', done, focus: next, holder: done?.routing?.via.at(-1) ?? next.responsible, next, after, cycle };
	const base = { done, focus: pending.step, cycle };
	switch (answer) {
		case undefined:
			return { ...base, kind: 'ask', decision: pending, after: [] };
		case 'ya':
			return { ...base, kind: 'moving', focus: next, holder: done?.routing?.via.at(-1) ?? next.responsible, next, after, decided: pending };
		case 'tidak':
			return { ...base, kind: 'silent', decision: pending, after: [] };
		case 'belum':
		case 'tidak-tahu': {
			const holder = pending.decision.timing === 'after' ? (pending.decision.decidedBy[0] ?? pending.step.responsible) : pending.then.responsible;
			return { ...base, kind: 'waiting', decision: pending, holder, next, after, unsure: answer === 'tidak-tahu' };
		}
	}
}

/** Up to PREVIEW_LENGTH steps after `step`, following the first forward edge of each. */
function chainAfter(sop: WizardSop, step: WizardStep): WizardStep[] {
	const chain: WizardStep[] = [];
	for (let current = nextStep(sop, step); current && chain.length < PREVIEW_LENGTH; current = nextStep(sop, current)) chain.push(current);
	return chain;
}

/** The recurring steps and the label of their repeat, when one of `near` is on the cycle or the procedure is complete. */
function cycleNear(sop: WizardSop, near: (WizardStep | undefined)[], complete: boolean): Cycle | undefined {
	const steps = orderedSteps(sop).filter((step) => step.recurring);
	if (steps.length === 0 || !(complete || near.some((step) => step?.recurring))) return undefined;
	const repeat = steps.flatMap((step) => step.next.filter((edge) => getStep(sop, edge.to).number <= step.number))[0];
	return { steps, when: repeat?.when };
}
