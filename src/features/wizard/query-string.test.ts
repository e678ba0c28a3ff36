import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { orderedPhases, orderedSteps } from '../../model/query';
import { documentChoices } from './documents';
import { pendingDecision } from './flow';
import { formatDocumentsQuery, QUERY_PROBLEMS, readDocumentsQuery, routeQuery, splitQuery, type KnownAnswers, type QueryProblem } from './query-string';

const known: KnownAnswers = {
	steps: orderedSteps(sop).map((s) => ({ id: s.id, number: s.number, phase: s.phase, asks: pendingDecision(sop, s) !== undefined })),
	phases: orderedPhases(sop).map((p) => p.id),
};
const documents = documentChoices(sop).map((c) => c.document.id);
const TRACKING = 'utm_source=whatsapp&utm_medium=social&fbclid=IwAR0abc&gclid=Cj0KCQ';

describe('splitQuery', () => {
	it('keeps every parameter it does not ask, undecoded and in order, the tracking ones included', () => {
		expect(splitQuery(`?langkah=arahan-kabag&${TRACKING}`)).toEqual({
			ok: true,
			query: { answers: new Map([['langkah', ['arahan-kabag']]]), others: ['utm_source=whatsapp', 'utm_medium=social', 'fbclid=IwAR0abc', 'gclid=Cj0KCQ'] },
		});
		expect(splitQuery('?LANGKAH=x&%zz=1&&step=2').ok && splitQuery('?LANGKAH=x&%zz=1&&step=2')).toMatchObject({ query: { others: ['LANGKAH=x', '%zz=1', 'step=2'] } });
	});

	it('gathers a key given several times, as a form sends checkboxes', () => {
		expect(splitQuery('dokumen=a&dokumen=b,c')).toMatchObject({ ok: true, query: { answers: new Map([['dokumen', ['a', 'b,c']]]) } });
	});

	it('refuses a broken code in an answer, and a query string too long to read', () => {
		expect(splitQuery('?langkah=%E0%A4%A')).toEqual({ ok: false, problem: 'malformed' });
		expect(splitQuery(`?${'x'.repeat(2001)}`)).toEqual({ ok: false, problem: 'too-long' });
	});
});

describe('routeQuery: the addresses of earlier versions and every answer, read at the start page', () => {
	const go = (search: string) => routeQuery(search, known);

	it('stays at the start without an answer, whatever else the address carries', () => {
		expect(go('')).toEqual({ kind: 'start' });
		expect(go(`?${TRACKING}`)).toEqual({ kind: 'start' });
		expect(go('?ubah=1')).toEqual({ kind: 'start' });
	});

	it('sends ?langkah=<id> and ?langkah=<number> to the page after that step, keeping the other parameters', () => {
		expect(go('?langkah=arahan-kabag')).toEqual({ kind: 'go', page: { kind: 'after', step: 'arahan-kabag' }, keep: '' });
		expect(go(`?langkah=8&${TRACKING}`)).toEqual({ kind: 'go', page: { kind: 'after', step: 'tanda-tangan-usulan-walikota' }, keep: `?${TRACKING}` });
		expect(go('?langkah=arahan-kabag&langkah=arahan-kabag')).toMatchObject({ kind: 'go', page: { step: 'arahan-kabag' } });
	});

	it('sends a change of answer (&ubah=1) to the question, with the answer chosen', () => {
		expect(go('?langkah=arahan-kabag&ubah=1')).toEqual({ kind: 'go', page: { kind: 'phase', phase: 'penerimaan-usulan', choose: 'arahan-kabag' }, keep: '' });
		expect(go('?langkah=persetujuan-dprd&keputusan=belum&ubah=1')).toEqual({ kind: 'go', page: { kind: 'decision-question', step: 'persetujuan-dprd', choose: 'belum' }, keep: '' });
	});

	it('reads the answer to a decision and the phase', () => {
		expect(go('?langkah=12&keputusan=tidak-tahu&fbclid=x')).toEqual({ kind: 'go', page: { kind: 'after', step: 'persetujuan-dprd', answer: 'tidak-tahu' }, keep: '?fbclid=x' });
		expect(go('?tahap=persetujuan-dprd')).toEqual({ kind: 'go', page: { kind: 'phase', phase: 'persetujuan-dprd' }, keep: '' });
		expect(go('?tahap=persetujuan-dprd&langkah=12')).toMatchObject({ kind: 'go', page: { kind: 'after', step: 'persetujuan-dprd' } });
	});

	it('sends documents, in either encoding, to the documents question with the address as it came', () => {
		expect(go('?dokumen=telaahan-staf,disposisi-kasubag')).toEqual({ kind: 'go', page: { kind: 'documents' }, keep: '?dokumen=telaahan-staf,disposisi-kasubag' });
		expect(go(`dokumen=a&dokumen=b&${TRACKING}`)).toEqual({ kind: 'go', page: { kind: 'documents' }, keep: `?dokumen=a&dokumen=b&${TRACKING}` });
	});

	const problems: [string, QueryProblem][] = [
		[`?${'a'.repeat(2001)}`, 'too-long'],
		[`?langkah=${'a'.repeat(81)}`, 'too-long'],
		['?langkah=%', 'malformed'],
		['?langkah=%zz', 'malformed'],
		['?langkah', 'empty-value'],
		['?langkah=', 'empty-value'],
		['?tahap=', 'empty-value'],
		['?langkah=arahan-kabag&langkah=terima-usulan', 'repeated-key'],
		['?langkah=arahan-kabag&dokumen=telaahan-staf', 'conflict'],
		['?tahap=persetujuan-dprd&langkah=1', 'conflict'],
		['?langkah=tidak-ada', 'unknown-step'],
		['?langkah=24', 'unknown-step'],
		['?langkah=0', 'unknown-step'],
		['?langkah=08', 'unknown-step'],
		['?langkah=Terima-Usulan', 'unknown-step'],
		['?langkah=__proto__', 'unknown-step'],
		['?langkah=constructor', 'unknown-step'],
		['?langkah=<script>alert(1)</script>', 'unknown-step'],
		['?langkah=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'unknown-step'],
		['?langkah=javascript:alert(1)', 'unknown-step'],
		['?langkah=too-long', 'unknown-step'],
		['?tahap=tidak-ada', 'unknown-phase'],
		['?langkah=12&keputusan=mungkin', 'unknown-answer'],
		['?langkah=1&keputusan=ya', 'not-asked'],
		['?keputusan=ya', 'not-asked'],
	];
	it.each(problems)('names the problem of %s: %s', (search, problem) => {
		expect(go(search)).toEqual({ kind: 'problem', problem });
	});

	it('has a test for every kind of problem but the documents’ own', () => {
		expect(new Set(problems.map(([, problem]) => problem))).toEqual(new Set(QUERY_PROBLEMS.filter((p) => p !== 'unknown-document')));
	});
});

describe('readDocumentsQuery: the documents question', () => {
	const read = (search: string) => readDocumentsQuery(search, documents);

	it('reads both encodings, and both at once, in the order of the SOP, a document named twice once', () => {
		const answer = { kind: 'answer', documents: ['disposisi-kasubag', 'telaahan-staf'], others: [] };
		expect(read('?dokumen=telaahan-staf&dokumen=disposisi-kasubag')).toEqual(answer);
		expect(read('?dokumen=telaahan-staf,disposisi-kasubag')).toEqual(answer);
		expect(read('?dokumen=telaahan-staf%2Cdisposisi-kasubag')).toEqual(answer);
		expect(read('?dokumen=telaahan-staf,disposisi-kasubag&dokumen=telaahan-staf')).toEqual(answer);
	});

	it('keeps the other parameters with the answer', () => {
		expect(read(`?dokumen=usulan-kerjasama&${TRACKING}`)).toEqual({ kind: 'answer', documents: ['usulan-kerjasama'], others: TRACKING.split('&') });
	});

	it('asks the question with nothing ticked when there is no answer, and with the answer ticked when it is being changed', () => {
		expect(read('')).toEqual({ kind: 'question', documents: [], others: [] });
		expect(read('?gclid=1')).toEqual({ kind: 'question', documents: [], others: ['gclid=1'] });
		expect(read('?dokumen=telaahan-staf&ubah=1')).toEqual({ kind: 'question', documents: ['telaahan-staf'], others: [] });
	});

	it.each([
		['?dokumen=', 'empty-value', []],
		['?dokumen=,', 'empty-value', []],
		['?dokumen=tidak-ada', 'unknown-document', []],
		['?dokumen=telaahan-staf,tidak-ada', 'unknown-document', ['telaahan-staf']],
		['?dokumen=<b>telaahan-staf</b>', 'unknown-document', []],
		['?dokumen=telaahan-staf;disposisi-kasubag', 'unknown-document', []],
		[`?dokumen=${'a'.repeat(100)}`, 'too-long', []],
		['?dokumen=%E0%A4%A', 'malformed', []],
		['?dokumen=telaahan-staf&langkah=1', 'conflict', ['telaahan-staf']],
	] as const)('names the problem of %s: %s, the documents it could read ticked', (search, problem, ticked) => {
		expect(read(search)).toEqual({ kind: 'problem', problem, documents: ticked, others: [] });
	});

	it('writes a query string it reads back, the other parameters after the answer', () => {
		const query = formatDocumentsQuery(['telaahan-staf', 'disposisi-kasubag'], ['utm_source=wa'], true);
		expect(query).toBe('?dokumen=telaahan-staf,disposisi-kasubag&ubah=1&utm_source=wa');
		expect(read(query)).toEqual({ kind: 'question', documents: ['disposisi-kasubag', 'telaahan-staf'], others: ['utm_source=wa'] });
	});
});
