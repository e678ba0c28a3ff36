import type { z } from 'astro/zod';
import { SopSchema, type Sop } from './schema';

/** The source file of each collection of the model, named in error messages. */
export type SopSources = Record<keyof Sop, string>;

/** Thrown when the SOP data is invalid; `issues` lists each problem with its file, entry and field. */
export class SopValidationError extends Error {
	constructor(readonly issues: string[]) {
		super(`Invalid SOP data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n- ${issues.join('\n- ')}`);
		this.name = 'SopValidationError';
	}
}

type Collection = keyof Sop;

/** Parses and checks raw SOP data; returns the typed model or throws a SopValidationError. */
export function loadSop(input: unknown, sources: SopSources): Sop {
	const parsed = SopSchema.safeParse(input);
	if (!parsed.success) throw new SopValidationError(describeSchemaIssues(parsed.error, input, sources));
	const issues = findModelIssues(parsed.data, sources);
	if (issues.length > 0) throw new SopValidationError(issues);
	return parsed.data;
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

/** Every cross-reference and graph rule the schema alone cannot check. */
export function findModelIssues(sop: Sop, sources: SopSources): string[] {
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
	for (const step of sop.steps) {
		checkRef('steps', step.id, 'phase', 'phases', step.phase);
		checkRef('steps', step.id, 'responsible', 'offices', step.responsible);
		step.involved.forEach((ref, i) => checkRef('steps', step.id, `involved[${i}]`, 'offices', ref));
		step.requires.forEach((ref, i) => checkRef('steps', step.id, `requires[${i}]`, 'documents', ref));
		step.produces.forEach((ref, i) => checkRef('steps', step.id, `produces[${i}]`, 'documents', ref));
		step.next.forEach((edge, i) => checkRef('steps', step.id, `next[${i}].to`, 'steps', edge.to));
		step.decision?.decidedBy.forEach((ref, i) => checkRef('steps', step.id, `decision.decidedBy[${i}]`, 'offices', ref));
		step.routing?.forEach((ref, i) => checkRef('steps', step.id, `routing[${i}]`, 'offices', ref));
	}
	for (const doc of sop.documents) {
		doc.issuedBy.forEach((ref, i) => checkRef('documents', doc.id, `issuedBy[${i}]`, 'offices', ref));
		doc.addressedTo.forEach((ref, i) => checkRef('documents', doc.id, `addressedTo[${i}]`, 'offices', ref));
	}
	for (const term of sop.terms) {
		if (term.document) checkRef('terms', term.id, 'document', 'documents', term.document);
	}
	const shortForms = new Map<string, string>();
	for (const office of sop.offices) {
		[office.abbr, ...office.aliases].forEach((form, i) => {
			const field = i === 0 ? 'abbr' : `aliases[${i - 1}]`;
			const owner = shortForms.get(form);
			if (owner !== undefined) report('offices', office.id, field, `short form "${form}" is already used by office "${owner}"`);
			else shortForms.set(form, office.id);
		});
	}

	const byNumber = [...sop.steps].sort((a, b) => a.number - b.number);
	byNumber.forEach((step, i) => {
		if (step.number !== i + 1) report('steps', step.id, 'number', `expected step number ${i + 1}, found ${step.number} (numbers must run 1, 2, 3… without gaps or repeats)`);
	});

	const phaseOrders = new Set<number>();
	for (const phase of sop.phases) {
		if (phaseOrders.has(phase.order)) report('phases', phase.id, 'order', `duplicate order ${phase.order}`);
		phaseOrders.add(phase.order);
		if (!sop.steps.some((step) => step.phase === phase.id)) report('phases', phase.id, 'id', 'no step belongs to this phase');
	}

	const first = byNumber[0];
	const last = byNumber.at(-1);
	if (first && last && issues.length === 0) {
		const forward = reachableFrom(first.id, (id) => sop.steps.find((s) => s.id === id)?.next.map((e) => e.to) ?? []);
		const backward = reachableFrom(last.id, (id) => sop.steps.filter((s) => s.next.some((e) => e.to === id)).map((s) => s.id));
		for (const step of byNumber) {
			if (!forward.has(step.id)) report('steps', step.id, 'next', `not reachable from step 1 ("${first.id}")`);
			if (!backward.has(step.id)) report('steps', step.id, 'next', `cannot reach the last step ("${last.id}")`);
		}
	}

	const outside = new Set(sop.documents.filter((d) => d.fromOutside).map((d) => d.id));
	for (const step of byNumber) {
		step.requires.forEach((docId, i) => {
			if (outside.has(docId)) return;
			const producedEarlier = byNumber.some((s) => s.number < step.number && s.produces.includes(docId));
			if (!producedEarlier) report('steps', step.id, `requires[${i}]`, `document "${docId}" is required before any step produces it (mark it fromOutside if it comes from outside the city government)`);
		});
	}
	return issues;
}

const singular: Record<Collection, string> = {
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
