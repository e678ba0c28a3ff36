/** The query-string keys, one per question (as GOV.UK Smart Answers key answers by question). */
export const QUERY_KEYS = { step: 'langkah', documents: 'dokumen', edit: 'ubah' } as const;

/** The longest query string read; anything longer is refused before it is parsed. */
export const MAX_QUERY_LENGTH = 2000;
/** The longest single id read. */
export const MAX_ID_LENGTH = 80;

/** What the URL says the user answered. `edit` means the question is shown again with the answer kept. */
export type Answer =
	| { kind: 'start' }
	| { kind: 'step'; step: string; edit: boolean }
	| { kind: 'documents'; documents: string[]; edit: boolean };

/** Why a query string was refused. */
export type QueryProblem =
	| 'too-long'
	| 'malformed'
	| 'unknown-key'
	| 'repeated-key'
	| 'conflict'
	| 'empty-value'
	| 'unknown-step'
	| 'unknown-document'
	| 'repeated-document';

/** The outcome of reading a query string: an answer, or the problem that made it unreadable. */
export type ParsedQuery = { ok: true; answer: Answer } | { ok: false; problem: QueryProblem };

/** The ids an answer may name. */
export interface KnownIds {
	steps: readonly string[];
	documents: readonly string[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS: readonly string[] = Object.values(QUERY_KEYS);

/** Reads `location.search` (with or without "?") strictly against the known ids; never throws. */
export function parseQuery(search: string, known: KnownIds): ParsedQuery {
	const fail = (problem: QueryProblem): ParsedQuery => ({ ok: false, problem });
	if (typeof search !== 'string') return fail('malformed');
	if (search.length > MAX_QUERY_LENGTH) return fail('too-long');
	const query = search.startsWith('?') ? search.slice(1) : search;
	if (query === '') return { ok: true, answer: { kind: 'start' } };

	const values = new Map<string, string>();
	for (const part of query.split('&')) {
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq));
		const value = decode(eq < 0 ? '' : part.slice(eq + 1));
		if (key === undefined || value === undefined) return fail('malformed');
		if (!KEYS.includes(key)) return fail('unknown-key');
		if (values.has(key)) return fail('repeated-key');
		values.set(key, value);
	}

	const edit = values.get(QUERY_KEYS.edit);
	if (edit !== undefined && edit !== '1') return fail('malformed');
	const step = values.get(QUERY_KEYS.step);
	const documents = values.get(QUERY_KEYS.documents);
	if (step !== undefined && documents !== undefined) return fail('conflict');

	if (step !== undefined) {
		if (step === '') return fail('empty-value');
		if (step.length > MAX_ID_LENGTH) return fail('too-long');
		if (!SLUG.test(step) || !known.steps.includes(step)) return fail('unknown-step');
		return { ok: true, answer: { kind: 'step', step, edit: edit !== undefined } };
	}
	if (documents !== undefined) {
		if (documents === '') return fail('empty-value');
		const ids = documents.split(',');
		if (ids.length > known.documents.length) return fail('too-long');
		for (const [i, id] of ids.entries()) {
			if (id.length > MAX_ID_LENGTH) return fail('too-long');
			if (!SLUG.test(id) || !known.documents.includes(id)) return fail('unknown-document');
			if (ids.indexOf(id) !== i) return fail('repeated-document');
		}
		return { ok: true, answer: { kind: 'documents', documents: ids, edit: edit !== undefined } };
	}
	return fail('malformed');
}

/** The query string ("?..." or "") that `parseQuery` reads back as `answer`. */
export function formatQuery(answer: Answer): string {
	const edit = 'edit' in answer && answer.edit ? `&${QUERY_KEYS.edit}=1` : '';
	if (answer.kind === 'step') return `?${QUERY_KEYS.step}=${encodeURIComponent(answer.step)}${edit}`;
	if (answer.kind === 'documents') return `?${QUERY_KEYS.documents}=${answer.documents.map(encodeURIComponent).join(',')}${edit}`;
	return '';
}

function decode(text: string): string | undefined {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return undefined;
	}
}
