import { DECISION_ANSWERS, type DecisionAnswer } from './flow';

/** The query-string keys the wizard reads, one per question (answers are keyed by question, as in GOV.UK's smart answers). */
export const QUERY_KEYS = { step: 'langkah', phase: 'tahap', decision: 'keputusan', documents: 'dokumen', edit: 'ubah' } as const;

/** The longest query string read; anything longer is refused before it is parsed. */
export const MAX_QUERY_LENGTH = 2000;
/** The longest single value read. */
export const MAX_VALUE_LENGTH = 80;

/** Why the answers in a query string cannot be used: each has its own message. */
export type QueryProblem =
	| 'too-long'
	| 'malformed'
	| 'empty-value'
	| 'repeated-key'
	| 'conflict'
	| 'unknown-step'
	| 'unknown-phase'
	| 'unknown-answer'
	| 'not-asked'
	| 'unknown-document';

/** Every problem, in the order the messages are listed. */
export const QUERY_PROBLEMS: readonly QueryProblem[] = [
	'too-long',
	'malformed',
	'empty-value',
	'repeated-key',
	'conflict',
	'unknown-step',
	'unknown-phase',
	'unknown-answer',
	'not-asked',
	'unknown-document',
];

/** A query string split into the wizard's answers (decoded) and every other parameter, kept as it came. */
export interface SplitQuery {
	answers: Map<string, string[]>;
	/** The other parameters (`utm_source=…`, `fbclid=…`), undecoded, in their order: the wizard ignores them and keeps them. */
	others: string[];
}

const KEYS: readonly string[] = Object.values(QUERY_KEYS);

/** Splits `location.search` (with or without "?"); never throws. Unknown keys are kept aside, never an error. */
export function splitQuery(search: string): { ok: true; query: SplitQuery } | { ok: false; problem: QueryProblem } {
	if (search.length > MAX_QUERY_LENGTH) return { ok: false, problem: 'too-long' };
	const answers = new Map<string, string[]>();
	const others: string[] = [];
	for (const part of (search.startsWith('?') ? search.slice(1) : search).split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq));
		if (key === undefined || !KEYS.includes(key)) {
			others.push(part);
			continue;
		}
		const value = decode(eq < 0 ? '' : part.slice(eq + 1));
		if (value === undefined) return { ok: false, problem: 'malformed' };
		answers.set(key, [...(answers.get(key) ?? []), value]);
	}
	return { ok: true, query: { answers, others } };
}

/** The ids and questions of the model a query string may name. */
export interface KnownAnswers {
	/** Each step: its id, number and phase, and whether a decision is asked once it is finished. */
	steps: readonly { id: string; number: number; phase: string; asks: boolean }[];
	phases: readonly string[];
}

/** Where the wizard's start page sends a query string: nowhere (the start), to a question or answer page, or a problem. */
export type QueryRoute =
	| { kind: 'start' }
	/** `page` names a wizard page (see `WizardPage`); `keep` is the query string of the other parameters ("" or "?…"). */
	| { kind: 'go'; page: WizardPage; keep: string }
	| { kind: 'problem'; problem: QueryProblem };

/** A page of the wizard an address can lead to. */
export type WizardPage =
	| { kind: 'after'; step: string; answer?: DecisionAnswer }
	| { kind: 'phase'; phase: string; choose?: string }
	| { kind: 'decision-question'; step: string; choose: DecisionAnswer }
	| { kind: 'documents' };

/**
 * Reads a query string at the start page: the addresses of earlier versions (`?langkah=<id or number>`, `?dokumen=a,b`,
 * `&ubah=1` to change an answer) and the answers of every question (`?tahap=`, `&keputusan=`). Unknown keys are kept.
 */
export function routeQuery(search: string, known: KnownAnswers): QueryRoute {
	const split = splitQuery(search);
	if (!split.ok) return { kind: 'problem', problem: split.problem };
	const { answers, others } = split.query;
	const keep = others.length > 0 ? `?${others.join('&')}` : '';
	// One answer per question: the same value twice counts once, two different values are a problem.
	const read = (key: string): { value?: string; problem?: QueryProblem } => {
		const values = answers.get(key);
		if (!values) return {};
		if (values.some((value) => value === '')) return { problem: 'empty-value' };
		if (values.some((value) => value.length > MAX_VALUE_LENGTH)) return { problem: 'too-long' };
		return new Set(values).size > 1 ? { problem: 'repeated-key' } : { value: values[0] };
	};
	const stepRead = read(QUERY_KEYS.step);
	const phaseRead = read(QUERY_KEYS.phase);
	const decisionRead = read(QUERY_KEYS.decision);
	const edit = answers.has(QUERY_KEYS.edit);

	if (answers.has(QUERY_KEYS.documents)) {
		if (answers.has(QUERY_KEYS.step) || answers.has(QUERY_KEYS.phase) || answers.has(QUERY_KEYS.decision)) return { kind: 'problem', problem: 'conflict' };
		// The documents page reads its own answers: it gets the query string as it came.
		return { kind: 'go', page: { kind: 'documents' }, keep: search.startsWith('?') ? search : `?${search}` };
	}
	for (const { problem } of [stepRead, phaseRead, decisionRead]) if (problem) return { kind: 'problem', problem };
	const [stepValue, phaseValue, decisionValue] = [stepRead.value, phaseRead.value, decisionRead.value];

	const phase = phaseValue === undefined ? undefined : known.phases.find((id) => id === phaseValue);
	if (phaseValue !== undefined && !phase) return { kind: 'problem', problem: 'unknown-phase' };
	if (stepValue === undefined) {
		if (decisionValue !== undefined) return { kind: 'problem', problem: 'not-asked' };
		return phase ? { kind: 'go', page: { kind: 'phase', phase }, keep } : { kind: 'start' };
	}
	const step = known.steps.find((s) => s.id === stepValue || (/^[1-9][0-9]*$/.test(stepValue) && s.number === Number(stepValue)));
	if (!step) return { kind: 'problem', problem: 'unknown-step' };
	if (phase && phase !== step.phase) return { kind: 'problem', problem: 'conflict' };
	if (decisionValue === undefined) return { kind: 'go', page: edit ? { kind: 'phase', phase: step.phase, choose: step.id } : { kind: 'after', step: step.id }, keep };
	const answer = DECISION_ANSWERS.find((a) => a === decisionValue);
	if (!answer) return { kind: 'problem', problem: 'unknown-answer' };
	if (!step.asks) return { kind: 'problem', problem: 'not-asked' };
	return { kind: 'go', page: edit ? { kind: 'decision-question', step: step.id, choose: answer } : { kind: 'after', step: step.id, answer }, keep };
}

/** What the documents question makes of its query string. */
export type DocumentsQuery =
	/** No answer yet, or an answer being changed (`ubah`): the question, with `documents` ticked. */
	| { kind: 'question'; documents: string[]; others: string[] }
	| { kind: 'answer'; documents: string[]; others: string[] }
	/** The question, with the problem's message and the documents that could be read ticked. */
	| { kind: 'problem'; problem: QueryProblem; documents: string[]; others: string[] };

/**
 * Reads the documents question's query string: `?dokumen=a&dokumen=b` (as a form sends it), `?dokumen=a,b`, or both;
 * a document named twice counts once; unknown keys are kept.
 */
export function readDocumentsQuery(search: string, knownDocuments: readonly string[]): DocumentsQuery {
	const split = splitQuery(search);
	if (!split.ok) return { kind: 'problem', problem: split.problem, documents: [], others: [] };
	const { answers, others } = split.query;
	const values = (answers.get(QUERY_KEYS.documents) ?? []).flatMap((value) => value.split(','));
	const ids = [...new Set(values.filter((value) => value !== ''))];
	const documents = knownDocuments.filter((id) => ids.includes(id));
	const fail = (problem: QueryProblem): DocumentsQuery => ({ kind: 'problem', problem, documents, others });
	if (answers.has(QUERY_KEYS.step) || answers.has(QUERY_KEYS.phase) || answers.has(QUERY_KEYS.decision)) return fail('conflict');
	if (!answers.has(QUERY_KEYS.documents)) return { kind: 'question', documents: [], others };
	if (values.length > 0 && values.every((value) => value === '')) return fail('empty-value');
	if (ids.some((id) => id.length > MAX_VALUE_LENGTH)) return fail('too-long');
	if (documents.length < ids.length) return fail('unknown-document');
	return { kind: answers.has(QUERY_KEYS.edit) ? 'question' : 'answer', documents, others };
}

/** The query string of a documents answer ("?dokumen=a,b"), with the other parameters kept after it. */
export function formatDocumentsQuery(documents: readonly string[], others: readonly string[], edit = false): string {
	const parts = [`${QUERY_KEYS.documents}=${documents.map(encodeURIComponent).join(',')}`, ...(edit ? [`${QUERY_KEYS.edit}=1`] : []), ...others];
	return `?${parts.join('&')}`;
}

function decode(text: string): string | undefined {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return undefined;
	}
}
