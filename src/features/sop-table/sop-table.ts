import { orderedSteps } from '../../model/query';
import type { Edge, Office, Sop, Step, Text } from '../../model/schema';

/** The flowchart symbol of a step in its actor's column (Permenpan RB 35/2012): capsule for start and end, diamond for a decision, box otherwise. */
export type MarkShape = 'terminal' | 'decision' | 'activity';

/** A note of the Keterangan column: what the SOP leaves implicit about a step. */
export type SopTableNote =
	| { kind: 'implicit-actor' }
	| { kind: 'involved'; offices: string[] }
	| { kind: 'decision'; question: Text; decidedBy: string[]; branches: Edge[] }
	| { kind: 'routing'; offices: string[] }
	| { kind: 'recurring' };

/** One row of the SOP table: a step, the column its mark goes in, the symbol, and its notes. */
export interface SopTableRow {
	step: Step;
	actor: string;
	shape: MarkShape;
	notes: SopTableNote[];
}

/** The SOP as the standard Indonesian SOP table: one column per pelaksana (every office responsible for a step, in the model's order) and one row per step. */
export function buildSopTable(sop: Sop): { columns: Office[]; rows: SopTableRow[] } {
	const steps = orderedSteps(sop);
	const actors = new Set(steps.map((step) => step.responsible));
	const columns = sop.offices.filter((office) => actors.has(office.id));
	const first = steps[0]?.id;
	const last = steps.at(-1)?.id;
	const rows = steps.map((step) => ({
		step,
		actor: step.responsible,
		shape: markShape(step, step.id === first || step.id === last),
		notes: notesOf(step),
	}));
	return { columns, rows };
}

function markShape(step: Step, isTerminal: boolean): MarkShape {
	if (step.decision) return 'decision';
	return isTerminal ? 'terminal' : 'activity';
}

function notesOf(step: Step): SopTableNote[] {
	const notes: SopTableNote[] = [];
	if (step.responsibleImplicit) notes.push({ kind: 'implicit-actor' });
	if (step.routing) notes.push({ kind: 'routing', offices: step.routing.via });
	else if (step.involved.length > 0) notes.push({ kind: 'involved', offices: step.involved });
	if (step.decision) notes.push({ kind: 'decision', question: step.decision.question, decidedBy: step.decision.decidedBy, branches: [{ to: step.decision.timing === 'before' ? step.id : step.next[0]!.to, when: step.decision.yes }] });
	if (step.recurring) notes.push({ kind: 'recurring' });
	return notes;
}
