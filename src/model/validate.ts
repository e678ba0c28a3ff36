import type { z } from 'astro/zod';
import { SopSchema, type Sop } from './schema';

/** The source file of each collection of the model, named in error messages. */
export type SopSources = Record<Collection, string>;

/** Thrown when the SOP data is invalid; `issues` lists each problem with its file, entry and field. */
export class SopValidationError extends Error {
	/** Each problem, with its file, entry and field. */
	readonly issues: string[];

	constructor(issues: string[]) {
		super(`Invalid SOP data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n- ${issues.join('\n- ')}`);
		this.issues = issues;
		this.name = 'SopValidationError';
	}
}

/** The SOP data as the schema parses it, before the model derives numbers and marks. */
type SopData = z.output<typeof SopSchema>;
type Collection = keyof SopData;

/** Parses and checks raw SOP data; returns the typed model, with what it derives, or throws a SopValidationError. */
export function loadSop(input: unknown, sources: SopSources): Sop {
	const parsed = SopSchema.safeParse(input);
	if (!parsed.success) throw new SopValidationError(describeSchemaIssues(parsed.error, input, sources));
	const issues = findModelIssues(parsed.data, sources);
	if (issues.length > 0) throw new SopValidationError(issues);
	return deriveModel(parsed.data);
}

/** Adds what the data decides without stating it: numbers from list order, implied marks, the steps that repeat. */
function deriveModel(data: SopData): Sop {
	const onCycle = stepsOnCycles(data);
	return {
		...data,
		phases: data.phases.map((phase, i) => ({ ...phase, order: i + 1 })),
		documents: data.documents.map((doc) => ({ ...doc, implied: doc.sopWords === undefined })),
		steps: data.steps.map((step, i) => {
			const office = data.offices.find((o) => o.id === step.responsible)!;
			const named = step.actor !== undefined && office.sopForms.some((form) => step.actor!.includes(form));
			return { ...step, number: i + 1, responsibleImplicit: !named, recurring: onCycle.has(step.id) };
		}),
	};
}

/** Turns zod's issues into lines that name the file, the entry (by id when it has one) and the field. */
function describeSchemaIssues(error: z.ZodError, input: unknown, sources: SopSources): string[] {
	return error.issues.map((issue) => {
		const [collection, index, ...field] = issue.path.map(String);
		const file = sources[collection as Collection] ?? 'SOP data';
		if (index === undefined) return `${file}: ${collection ?? '(root)'}: ${issue.message}`;
		const entries = (input as Record<string, unknown>)?.[collection!];
		const entry = Array.isArray(entries) ? (entries[Number(index)] as { id?: unknown } | undefined) : undefined;
		const name = typeof entry?.id === 'string' ? entry.id : `#${index}`;
		return `${file}: ${collection} "${name}" › ${field.join('.') || '(entry)'}: ${issue.message}`;
	});
}

/** Every cross-reference, fidelity and graph rule the schema alone cannot check. */
export function findModelIssues(sop: SopData, sources: SopSources): string[] {
	const issues: string[] = [];
	const report = (collection: Collection, id: string, field: string, message: string) =>
		issues.push(`${sources[collection]}: ${collection} "${id}" › ${field}: ${message}`);

	const ids = {} as Record<Collection, Set<string>>;
	for (const collection of Object.keys(sources) as Collection[]) {
		ids[collection] = new Set();
		for (const entry of sop[collection]) {
			if (ids[collection].has(entry.id)) report(collection, entry.id, 'id', `duplicate id "${entry.id}"`);
			ids[collection].add(entry.id);
		}
	}

	const checkRef = (collection: Collection, id: string, field: string, target: Collection, ref: string) => {
		if (!ids[target].has(ref)) report(collection, id, field, `unknown ${singular[target]} "${ref}"`);
	};
	for (const office of sop.offices) checkRef('offices', office.id, 'level', 'levels', office.level);
	for (const step of sop.steps) {
		checkRef('steps', step.id, 'phase', 'phases', step.phase);
		checkRef('steps', step.id, 'responsible', 'offices', step.responsible);
		step.involved.forEach((ref, i) => checkRef('steps', step.id, `involved[${i}]`, 'offices', ref));
		step.requires.forEach((ref, i) => checkRef('steps', step.id, `requires[${i}]`, 'documents', ref));
		step.produces.forEach((ref, i) => checkRef('steps', step.id, `produces[${i}]`, 'documents', ref));
		step.next.forEach((edge, i) => {
			checkRef('steps', step.id, `next[${i}].to`, 'steps', edge.to);
			if (edge.to === step.id) report('steps', step.id, `next[${i}].to`, 'a step cannot lead to itself');
		});
		step.decision?.decidedBy.forEach((ref, i) => checkRef('steps', step.id, `decision.decidedBy[${i}]`, 'offices', ref));
		step.routing?.via.forEach((ref, i) => checkRef('steps', step.id, `routing.via[${i}]`, 'offices', ref));
		step.routing?.carries.forEach((ref, i) => {
			checkRef('steps', step.id, `routing.carries[${i}]`, 'documents', ref);
			if (ids.documents.has(ref) && !step.requires.includes(ref) && !step.produces.includes(ref)) {
				report('steps', step.id, `routing.carries[${i}]`, `document "${ref}" travels along the route but the step neither requires nor produces it`);
			}
		});
	}
	for (const doc of sop.documents) {
		doc.issuedBy.forEach((ref, i) => checkRef('documents', doc.id, `issuedBy[${i}]`, 'offices', ref));
		doc.addressedTo.forEach((ref, i) => checkRef('documents', doc.id, `addressedTo[${i}]`, 'offices', ref));
	}
	for (const term of sop.terms) {
		if (term.document) checkRef('terms', term.id, 'document', 'documents', term.document);
	}
	for (const level of sop.levels) {
		if (!sop.offices.some((office) => office.level === level.id)) report('levels', level.id, 'id', 'no office belongs to this level');
	}

	checkSopWords(sop, report);
	checkPhases(sop, report);
	if (issues.length === 0) checkFlow(sop, report);
	checkDocumentOrigins(sop, report);
	return issues;
}

type Report = (collection: Collection, id: string, field: string, message: string) => void;

/** Words said to come from the SOP must be found in it: actors and document names in their step's sentence, short forms and terms anywhere. */
function checkSopWords(sop: SopData, report: Report): void {
	const wholeText = sop.steps.map((step) => step.sopText).join('\n');
	for (const step of sop.steps) {
		if (step.actor !== undefined && !step.sopText.includes(step.actor)) report('steps', step.id, 'actor', `"${step.actor}" is not in the step's sentence`);
	}
	for (const doc of sop.documents) {
		if (doc.sopWords === undefined) continue;
		const sentences = sop.steps.filter((step) => step.requires.includes(doc.id) || step.produces.includes(doc.id)).map((step) => step.sopText);
		if (!sentences.some((sentence) => sentence.includes(doc.sopWords!))) {
			report('documents', doc.id, 'sopWords', `"${doc.sopWords}" is not in the sentence of a step that requires or produces the document`);
		}
	}
	const owners = new Map<string, string>();
	for (const office of sop.offices) {
		office.sopForms.forEach((form, i) => {
			if (!wholeText.includes(form)) report('offices', office.id, `sopForms[${i}]`, `"${form}" is not in the SOP's text`);
			const owner = owners.get(form);
			if (owner !== undefined) report('offices', office.id, `sopForms[${i}]`, `"${form}" is already a form of office "${owner}"`);
			else owners.set(form, office.id);
		});
	}
	for (const term of sop.terms) {
		if (!wholeText.includes(term.term)) report('terms', term.id, 'term', `"${term.term}" is not in the SOP's text`);
	}
}

/** Every phase has steps, each phase's steps are consecutive, and phases come in the order of their steps. */
function checkPhases(sop: SopData, report: Report): void {
	const seen: string[] = [];
	sop.steps.forEach((step) => {
		if (seen.at(-1) === step.phase) return;
		if (seen.includes(step.phase)) report('steps', step.id, 'phase', `the steps of phase "${step.phase}" must follow one another`);
		else seen.push(step.phase);
	});
	for (const phase of sop.phases) {
		if (!sop.steps.some((step) => step.phase === phase.id)) report('phases', phase.id, 'id', 'no step belongs to this phase');
	}
	const known = seen.filter((id) => sop.phases.some((phase) => phase.id === id));
	const listed = sop.phases.map((phase) => phase.id).filter((id) => known.includes(id));
	const firstMisplaced = listed.findIndex((id, i) => known[i] !== id);
	if (firstMisplaced >= 0) report('phases', listed[firstMisplaced]!, 'id', `phases must be listed in the order of their steps (${known.join(', ')})`);
}

/** Every step is reachable from the first and can reach the last; a decision after a step leads somewhere. */
function checkFlow(sop: SopData, report: Report): void {
	const first = sop.steps[0];
	const last = sop.steps.at(-1);
	if (!first || !last) return;
	const forward = reachableFrom(first.id, (id) => sop.steps.find((s) => s.id === id)?.next.map((e) => e.to) ?? []);
	const backward = reachableFrom(last.id, (id) => sop.steps.filter((s) => s.next.some((e) => e.to === id)).map((s) => s.id));
	for (const step of sop.steps) {
		if (!forward.has(step.id)) report('steps', step.id, 'next', `not reachable from step 1 ("${first.id}")`);
		if (!backward.has(step.id)) report('steps', step.id, 'next', `cannot reach the last step ("${last.id}")`);
		if (step.decision?.timing === 'after' && step.next.length === 0) report('steps', step.id, 'decision.timing', 'a decision after the step needs a next step for its "yes"');
	}
}

/** A document produced by a step is produced before any step needs it; one that comes from elsewhere is produced by no step. */
function checkDocumentOrigins(sop: SopData, report: Report): void {
	const origin = new Map(sop.documents.map((doc) => [doc.id, doc.origin]));
	sop.steps.forEach((step, index) => {
		step.requires.forEach((docId, i) => {
			if (origin.get(docId) !== 'step') return;
			const producedEarlier = sop.steps.slice(0, index).some((s) => s.produces.includes(docId));
			if (!producedEarlier) report('steps', step.id, `requires[${i}]`, `document "${docId}" is required before any step produces it (give the document another origin if no step produces it)`);
		});
		step.produces.forEach((docId, i) => {
			const from = origin.get(docId);
			if (from !== undefined && from !== 'step') report('steps', step.id, `produces[${i}]`, `document "${docId}" has origin "${from}", so no step may produce it`);
		});
	});
	for (const doc of sop.documents) {
		if (doc.origin === 'step' && !sop.steps.some((step) => step.produces.includes(doc.id))) report('documents', doc.id, 'origin', 'origin "step", but no step produces the document');
	}
}

/** The ids of the steps that lie on a cycle of the flow. */
function stepsOnCycles(sop: SopData): Set<string> {
	const nextOf = (id: string) => sop.steps.find((s) => s.id === id)?.next.map((e) => e.to) ?? [];
	return new Set(sop.steps.filter((step) => nextOf(step.id).some((to) => reachableFrom(to, nextOf).has(step.id))).map((step) => step.id));
}

const singular: Record<Collection, string> = {
	levels: 'level',
	phases: 'phase',
	offices: 'office',
	documents: 'document',
	steps: 'step',
	terms: 'term',
};

/** The set of ids reachable from `start` by following `neighbours` (start included). */
function reachableFrom(start: string, neighbours: (id: string) => string[]): Set<string> {
	const seen = new Set([start]);
	const queue = [start];
	while (queue.length > 0) {
		for (const next of neighbours(queue.shift()!)) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return seen;
}
