import { getDocument, orderedSteps } from '../../model/query';
import { pendingDecision, type DecisionAnswer, type PendingDecision } from './flow';
import type { WizardDocument, WizardSop, WizardStep } from './model';

/** A document the reader can say they hold, with the step it belongs to: the first step producing it, or else the first needing it. */
export interface DocumentChoice {
	document: WizardDocument;
	step: WizardStep;
	/** `output`: a step produces it; `input`: it comes from outside the steps (the partner's proposal, the Mayor's letter of authority). */
	role: 'output' | 'input';
}

/** A step some but not all of whose outputs are held: it is under way, not finished. */
export interface PartialStep {
	step: WizardStep;
	held: WizardDocument[];
	missing: WizardDocument[];
}

/** What a set of held documents says about a proposal. */
export type DocumentsReading =
	/** No document the wizard knows. */
	| { kind: 'none' }
	/** Only documents a later step needs from outside, none a step produces: they do not tell which step is finished. */
	| { kind: 'unclear'; inputs: DocumentChoice[] }
	/**
	 * The last finished step (`done`; undefined: only the proposal, not yet received), the step under way after it
	 * (`partial`), the decision the documents answer ("ya") or leave open (`open`), and the documents the SOP has before
	 * `done` that were not said to be held (`gaps`).
	 */
	| { kind: 'position'; done?: WizardStep; partial?: PartialStep; answer?: DecisionAnswer; open?: PendingDecision; gaps: WizardDocument[] };

/** Every document of the model, in the order of the step it belongs to. */
export function documentChoices(sop: WizardSop): DocumentChoice[] {
	const choices: DocumentChoice[] = [];
	const seen = new Set<string>();
	for (const step of orderedSteps(sop)) {
		const outputs = step.produces.map((id) => ({ id, role: 'output' as const }));
		const inputs = step.requires.filter((id) => getDocument(sop, id).origin !== 'step').map((id) => ({ id, role: 'input' as const }));
		for (const { id, role } of [...inputs, ...outputs]) {
			if (seen.has(id)) continue;
			seen.add(id);
			choices.push({ document: getDocument(sop, id), step, role });
		}
	}
	return choices;
}

/**
 * Reads a set of held documents. A step counts as finished only when every document it produces is held; the furthest
 * step with some of its documents held decides: finished when all are held, under way (partial) otherwise, with the step
 * before it then the last finished. A decision after the last finished step, or gating the next, is answered "yes" when a
 * later step's documents are held, or when the documents that come from it are held (the City Council's approval; the
 * foreign partner's consent, with the government's approval); otherwise it stays open. Unknown ids are ignored.
 */
export function readDocuments(sop: WizardSop, documentIds: readonly string[]): DocumentsReading {
	const held = new Set(documentIds);
	const choices = documentChoices(sop).filter((choice) => held.has(choice.document.id));
	if (choices.length === 0) return { kind: 'none' };
	const steps = orderedSteps(sop);
	const furthest = steps.filter((step) => step.produces.some((id) => held.has(id))).at(-1);
	if (!furthest) {
		const first = steps[0]!;
		if (!first.requires.some((id) => held.has(id))) return { kind: 'unclear', inputs: choices };
		return withDecision(sop, held, { kind: 'position', gaps: [] });
	}
	const missing = furthest.produces.filter((id) => !held.has(id));
	if (missing.length === 0) return withDecision(sop, held, { kind: 'position', done: furthest, gaps: gapsBefore(sop, held, furthest, []) });
	const done = steps[steps.indexOf(furthest) - 1];
	const partial: PartialStep = {
		step: furthest,
		held: furthest.produces.filter((id) => held.has(id)).map((id) => getDocument(sop, id)),
		missing: missing.map((id) => getDocument(sop, id)),
	};
	// The step under way shows that any decision before it was answered "yes".
	const pending = pendingDecision(sop, done);
	return { kind: 'position', done, partial, ...(pending ? { answer: 'ya' as const } : {}), gaps: gapsBefore(sop, held, furthest, missing) };
}

/** Whether the held documents answer the decision asked once `reading.done` is finished. */
function withDecision(sop: WizardSop, held: Set<string>, reading: Extract<DocumentsReading, { kind: 'position' }>): DocumentsReading {
	const pending = pendingDecision(sop, reading.done);
	if (!pending) return reading;
	const { decision, step, then } = pending;
	// The documents that come from the decision: what the step produces that its decider issues (after); what the gated
	// step needs from outside the steps that its decider issues (before), with everything else the gated step needs.
	const shown = decision.timing === 'after' ? step.produces : then.requires;
	const byDecider = shown.filter((id) => {
		const doc = getDocument(sop, id);
		return doc.issuedBy.some((office) => decision.decidedBy.includes(office)) && (decision.timing === 'after' || doc.origin !== 'step');
	});
	const later = documentChoices(sop).some((choice) => choice.step.number > then.number && held.has(choice.document.id));
	const answered = later || (byDecider.length > 0 && shown.every((id) => held.has(id)));
	return answered ? { ...reading, answer: 'ya' } : { ...reading, open: pending };
}

/**
 * The documents produced before `until` that the held ones depend on (read back through what each producing step needs)
 * and that are not held, in step order; `exclude` are reported elsewhere (the missing part of a step under way).
 */
function gapsBefore(sop: WizardSop, held: Set<string>, until: WizardStep, exclude: string[]): WizardDocument[] {
	const needed = new Set<string>();
	const visit = (step: WizardStep) => {
		for (const id of step.requires) {
			if (needed.has(id)) continue;
			needed.add(id);
			const producer = orderedSteps(sop).find((s) => s.produces.includes(id));
			if (producer) visit(producer);
		}
	};
	visit(until);
	for (const id of held) {
		const producer = orderedSteps(sop).find((s) => s.produces.includes(id));
		if (producer && producer.number <= until.number) visit(producer);
	}
	return documentChoices(sop)
		.filter(({ document, role }) => role === 'output' && needed.has(document.id) && !held.has(document.id) && !exclude.includes(document.id))
		.map(({ document }) => document);
}
