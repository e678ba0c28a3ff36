import type { Inference } from './documents';
import { inferPosition } from './documents';
import type { WizardSop } from './model';
import { resolvePosition, type Position } from './position';
import type { Answer, QueryProblem } from './query-string';

type Evidence = Extract<Inference, { kind: 'position' }>['evidence'];

/** What the wizard shows for an answer: a position, a contradiction among documents, or a problem. */
export type Outcome =
	| { kind: 'position'; answer: Answer; position: Position; evidence?: Evidence }
	| { kind: 'contradiction'; answer: Answer; inference: Extract<Inference, { kind: 'contradiction' }> }
	| { kind: 'problem'; problem: QueryProblem | 'no-documents' };

/** The outcome of an answer; undefined when there is nothing to show yet (the start, or a question being changed). */
export function outcomeOf(sop: WizardSop, answer: Answer): Outcome | undefined {
	if (answer.kind === 'start' || answer.edit) return undefined;
	if (answer.kind === 'step') {
		const position = resolvePosition(sop, answer.step);
		return position ? { kind: 'position', answer, position } : { kind: 'problem', problem: 'unknown-step' };
	}
	const inference = inferPosition(sop, answer.documents);
	if (inference.kind === 'none') return { kind: 'problem', problem: 'no-documents' };
	if (inference.kind === 'contradiction') return { kind: 'contradiction', answer, inference };
	return { kind: 'position', answer, position: resolvePosition(sop, inference.done.id)!, evidence: inference.evidence };
}
