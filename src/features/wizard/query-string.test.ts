import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { documentChoices } from './documents';
import { formatQuery, MAX_QUERY_LENGTH, parseQuery, type Answer } from './query-string';
import { BAD_QUERIES } from './bad-queries.fixture';

const known = { steps: sop.steps.map((s) => s.id), documents: documentChoices(sop).map((c) => c.document.id) };
const tiny = { steps: ['terima', 'tulis'], documents: ['nota', 'izin'] };

describe('parseQuery', () => {
	it('reads the start, a step, documents and the "change" flag', () => {
		expect(parseQuery('', tiny)).toEqual({ ok: true, answer: { kind: 'start' } });
		expect(parseQuery('?', tiny)).toEqual({ ok: true, answer: { kind: 'start' } });
		expect(parseQuery('?langkah=tulis', tiny)).toEqual({ ok: true, answer: { kind: 'step', step: 'tulis', edit: false } });
		expect(parseQuery('langkah=tulis&ubah=1', tiny)).toEqual({ ok: true, answer: { kind: 'step', step: 'tulis', edit: true } });
		expect(parseQuery('?ubah=1&dokumen=izin,nota', tiny)).toEqual({ ok: true, answer: { kind: 'documents', documents: ['izin', 'nota'], edit: true } });
		expect(parseQuery('?dokumen=nota%2Cizin', tiny)).toEqual({ ok: true, answer: { kind: 'documents', documents: ['nota', 'izin'], edit: false } });
	});

	it('refuses ids of the wrong kind and keys it does not know', () => {
		expect(parseQuery('?langkah=nota', tiny)).toEqual({ ok: false, problem: 'unknown-step' });
		expect(parseQuery('?dokumen=tulis', tiny)).toEqual({ ok: false, problem: 'unknown-document' });
		expect(parseQuery('?utm_source=x&langkah=tulis', tiny)).toEqual({ ok: false, problem: 'unknown-key' });
	});

	it('refuses a query string longer than the limit before reading it', () => {
		expect(parseQuery(`?langkah=tulis&${'x'.repeat(MAX_QUERY_LENGTH)}`, tiny)).toEqual({ ok: false, problem: 'too-long' });
	});

	it(`refuses ${BAD_QUERIES.length} bad query strings on the real model, each for the right reason, without throwing`, () => {
		expect(BAD_QUERIES.length).toBeGreaterThanOrEqual(50);
		for (const [query, problem] of BAD_QUERIES) expect(parseQuery(query, known), query.slice(0, 80)).toEqual({ ok: false, problem });
	});

	it('never throws, whatever it is given', () => {
		const odd = [undefined, null, 42, {}, '\u0000', '?\uD800=1', '?langkah=\uDFFF', '%'.repeat(100)] as unknown as string[];
		for (const value of odd) expect(() => parseQuery(value, known)).not.toThrow();
	});
});

describe('formatQuery', () => {
	it('writes a query string that reads back as the same answer', () => {
		const answers: Answer[] = [
			{ kind: 'start' },
			{ kind: 'step', step: 'terima', edit: false },
			{ kind: 'step', step: 'tulis', edit: true },
			{ kind: 'documents', documents: ['nota'], edit: false },
			{ kind: 'documents', documents: ['nota', 'izin'], edit: true },
		];
		for (const answer of answers) expect(parseQuery(formatQuery(answer), tiny)).toEqual({ ok: true, answer });
		expect(formatQuery({ kind: 'step', step: 'tulis', edit: false })).toBe('?langkah=tulis');
		expect(formatQuery({ kind: 'documents', documents: ['nota', 'izin'], edit: true })).toBe('?dokumen=nota,izin&ubah=1');
	});

	it('reads back every step and every document of the real model', () => {
		for (const step of known.steps) expect(parseQuery(formatQuery({ kind: 'step', step, edit: false }), known).ok, step).toBe(true);
		expect(parseQuery(formatQuery({ kind: 'documents', documents: known.documents, edit: false }), known).ok).toBe(true);
	});
});
