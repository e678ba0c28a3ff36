import { orderedSteps } from '../../model/query';
import type { Decision, Office, Sop, Step } from '../../model/schema';

/** The flowchart symbol of a row in an actor's column (Permenpan RB 35/2012): capsule for start and end, diamond for a decision, box otherwise. */
export type MarkShape = 'terminal' | 'decision' | 'activity';

/** A symbol in the column of an office; dashed when the SOP does not name that office as the one who acts or decides. */
export interface SopTableMark {
	office: string;
	shape: MarkShape;
	implicit: boolean;
}

/** A note of the Keterangan column: what the SOP leaves implicit about a row. */
export type SopTableNote =
	| { kind: 'implicit-actor' }
	| { kind: 'involved'; offices: string[] }
	| { kind: 'routing'; offices: string[] }
	| { kind: 'recurring' }
	| { kind: 'implied-decision' }
	| { kind: 'no-decider' }
	| { kind: 'yes'; to: Step; label: Decision['yes'] }
	| { kind: 'no' };

/** A row of the table: a step of the SOP (numbered), or a decision the SOP implies, placed before or after its step. */
export type SopTableRow =
	| { kind: 'step'; step: Step; marks: SopTableMark[]; notes: SopTableNote[] }
	| { kind: 'decision'; step: Step; decision: Decision; marks: SopTableMark[]; notes: SopTableNote[] };

/**
 * The SOP as the standard Indonesian SOP table: one column per pelaksana (every office that carries out a step or
 * decides, in the model's order), one row per step, and a row for each decision in the column of whoever decides it,
 * before the step it gates or after the step it follows.
 */
export function buildSopTable(sop: Sop): { columns: Office[]; rows: SopTableRow[] } {
	const steps = orderedSteps(sop);
	const actors = new Set(steps.flatMap((step) => [step.responsible, ...(step.decision?.decidedBy ?? [])]));
	const columns = sop.offices.filter((office) => actors.has(office.id));
	const first = steps[0]?.id;
	const last = steps.at(-1)?.id;
	const rows = steps.flatMap((step): SopTableRow[] => {
		const row: SopTableRow = {
			kind: 'step',
			step,
			marks: [{ office: step.responsible, shape: step.id === first || step.id === last ? 'terminal' : 'activity', implicit: step.responsibleImplicit }],
			notes: stepNotes(step),
		};
		if (!step.decision) return [row];
		const decision = decisionRow(sop, step, step.decision);
		return step.decision.timing === 'before' ? [decision, row] : [row, decision];
	});
	return { columns, rows };
}

function stepNotes(step: Step): SopTableNote[] {
	const notes: SopTableNote[] = [];
	if (step.responsibleImplicit) notes.push({ kind: 'implicit-actor' });
	if (step.routing) notes.push({ kind: 'routing', offices: step.routing.via });
	else if (step.involved.length > 0) notes.push({ kind: 'involved', offices: step.involved });
	if (step.recurring) notes.push({ kind: 'recurring' });
	return notes;
}

function decisionRow(sop: Sop, step: Step, decision: Decision): SopTableRow {
	const named = decision.decidedBy.length > 0;
	const marks = (named ? decision.decidedBy : [step.responsible]).map((office) => ({ office, shape: 'decision' as const, implicit: !named }));
	const yesTo = decision.timing === 'before' ? step : sop.steps.find((s) => s.id === step.next[0]?.to);
	return {
		kind: 'decision',
		step,
		decision,
		marks,
		notes: [
			{ kind: 'implied-decision' },
			...(named ? [] : [{ kind: 'no-decider' } as const]),
			...(yesTo ? [{ kind: 'yes', to: yesTo, label: decision.yes } as const] : []),
			{ kind: 'no' },
		],
	};
}
