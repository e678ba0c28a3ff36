import { counterpartsOf, documentActsAt, stepsForOffice, type CounterpartRelation, type DocumentAct, type OfficeRole } from '../../model/query';
import type { Sop, Step } from '../../model/schema';

/** A document this office hands in, signs or produces at a step. */
export interface TaskAct {
	doc: string;
	act: DocumentAct;
	/** Whom the document goes to, who needs it, or who issues it too. */
	counterpart: { relation: CounterpartRelation; offices: string[] };
}

/** One task of an office's checklist: a step where the office acts, with the documents at stake for it. */
export interface ChecklistTask {
	/** The step's id: stable across languages and the key a tick is stored under. */
	id: string;
	step: Step;
	role: OfficeRole;
	/** Documents the step needs (its kelengkapan), but those this office hands in for it. */
	needs: string[];
	/** What this office hands in, signs or produces at this step: what the catalogue says it issues. */
	acts: TaskAct[];
	/** Documents addressed to this office, listed at the first of its steps that needs or produces them. */
	receives: string[];
	/** For the office responsible for the step: its outputs that others issue and that are not addressed to this office. */
	fromOthers: string[];
}

/** A short note another part of the guide gives about a task's step (what a later regulation says): bold words, then the text. */
export interface TaskMention {
	title: string;
	text: string;
}

/** The checklist of an office: one task per step where it is responsible or involved, in step order. */
export function checklistFor(sop: Sop, officeId: string): ChecklistTask[] {
	const docs = new Map(sop.documents.map((doc) => [doc.id, doc]));
	const received = new Set<string>();
	return stepsForOffice(sop, officeId).map(({ step, role }) => {
		const acts = documentActsAt(sop, step)
			.filter(({ doc }) => doc.issuedBy.includes(officeId))
			.map((found) => ({ doc: found.doc.id, act: found.act, counterpart: counterpartsOf(found, [officeId]) }));
		const handedIn = new Set(acts.filter(({ act }) => act === 'hand-in').map(({ doc }) => doc));
		const isOwn = (id: string) => docs.get(id)?.issuedBy.includes(officeId) ?? false;
		const receives = [...new Set([...step.requires, ...step.produces])].filter(
			(id) => docs.get(id)?.addressedTo.includes(officeId) && !isOwn(id) && !received.has(id),
		);
		for (const id of receives) received.add(id);
		const fromOthers = role === 'responsible' ? step.produces.filter((id) => !isOwn(id) && !receives.includes(id)) : [];
		return { id: step.id, step, role, needs: step.requires.filter((id) => !handedIn.has(id)), acts, receives, fromOthers };
	});
}
