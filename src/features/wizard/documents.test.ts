import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { loadSop } from '../../model/validate';
import { documentChoices, inferPosition } from './documents';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const tiny = loadSop(tinySop(), TINY_SOURCES);

describe('document choices and inference on the fixture', () => {
	it('offers the documents some step produces, in the order they are produced', () => {
		expect(documentChoices(tiny).map((c) => [c.document.id, c.producedBy.id])).toEqual([
			['nota', 'tulis'],
			['izin', 'setujui'],
			['laporan', 'lapor'],
		]);
	});

	it('infers the furthest finished step from consistent documents', () => {
		expect(inferPosition(tiny, ['nota'])).toMatchObject({ kind: 'position', done: { id: 'tulis' }, evidence: { id: 'nota' } });
		expect(inferPosition(tiny, ['izin', 'nota'])).toMatchObject({ kind: 'position', done: { id: 'setujui' }, evidence: { id: 'izin' } });
		expect(inferPosition(tiny, ['nota', 'izin', 'laporan'])).toMatchObject({ kind: 'position', done: { id: 'lapor' } });
	});

	it('names each missing document and the step that should have produced it', () => {
		const result = inferPosition(tiny, ['laporan']);
		expect(result.kind).toBe('contradiction');
		if (result.kind !== 'contradiction') return;
		expect(result.furthest.id).toBe('lapor');
		expect(result.evidence.id).toBe('laporan');
		expect(result.missing.map((m) => [m.document.id, m.producedBy.id])).toEqual([
			['nota', 'tulis'],
			['izin', 'setujui'],
		]);
		expect(inferPosition(tiny, ['laporan', 'nota'])).toMatchObject({ kind: 'contradiction', missing: [{ document: { id: 'izin' } }] });
	});

	it('has nothing to say without documents, and ignores ids it does not offer', () => {
		expect(inferPosition(tiny, [])).toEqual({ kind: 'none' });
		expect(inferPosition(tiny, ['surat', 'tidak-ada'])).toEqual({ kind: 'none' });
	});
});

/** Where each output of the real SOP is produced, written out from the SOP text. */
const PRODUCED_AT: Record<string, number> = {
	'disposisi-kasubag': 2,
	'arahan-kabag': 4,
	'surat-undangan-rapat': 5,
	'keputusan-tim-tkksd': 5,
	'telaahan-staf': 6,
	'disposisi-pimpinan': 7,
	'surat-usulan-walikota': 8,
	'pertimbangan-kemendagri': 10,
	'rencana-kerjasama': 11,
	'rancangan-mou': 11,
	'persetujuan-dprd': 12,
	'pertimbangan-rapat-intern': 14,
	'daftar-rencana-prioritas': 15,
	'persetujuan-pemerintah': 15,
	'surat-kuasa-full-power': 16,
	'mou-ditandatangani': 17,
	'rancangan-perjanjian': 18,
	'perjanjian-kerjasama': 19,
	'laporan-pelaksanaan-skpd': 21,
	'hasil-monev': 22,
	'laporan-pelaksanaan-kerjasama': 23,
};
/** The outputs a later step needs (its kelengkapan); the others (an invitation, the priority list, the final report) none does. */
const PASSED_ON = Object.keys(PRODUCED_AT).filter(
	(id) => !['surat-undangan-rapat', 'daftar-rencana-prioritas', 'laporan-pelaksanaan-kerjasama'].includes(id),
);

describe('inference on the real SOP', () => {
	it('offers every output of the SOP', () => {
		expect(Object.fromEntries(documentChoices(sop).map((c) => [c.document.id, c.producedBy.number]))).toEqual(PRODUCED_AT);
	});

	it.each(Object.entries(PRODUCED_AT))('a single "%s" points to step %i and names the documents before it', (id, step) => {
		const result = inferPosition(sop, [id]);
		const expected = PASSED_ON.filter((other) => PRODUCED_AT[other]! < step);
		if (expected.length === 0) {
			expect(result).toMatchObject({ kind: 'position', done: { number: step }, evidence: { id } });
		} else {
			expect(result.kind).toBe('contradiction');
			if (result.kind !== 'contradiction') return;
			expect(result.furthest.number).toBe(step);
			expect(result.missing.map((m) => m.document.id)).toEqual(expected);
			for (const m of result.missing) expect(m.producedBy.number).toBe(PRODUCED_AT[m.document.id]);
		}
	});

	it('finds the position when every document up to a step is ticked, optional ones included or not', () => {
		const upTo = (n: number) => PASSED_ON.filter((id) => PRODUCED_AT[id]! <= n);
		expect(inferPosition(sop, upTo(12))).toMatchObject({ kind: 'position', done: { number: 12 }, evidence: { id: 'persetujuan-dprd' } });
		expect(inferPosition(sop, [...upTo(12), 'surat-undangan-rapat'])).toMatchObject({ kind: 'position', done: { number: 12 } });
		expect(inferPosition(sop, Object.keys(PRODUCED_AT))).toMatchObject({ kind: 'position', done: { number: 23 } });
	});

	it('does not resolve DPRD approval without the Ministry’s consideration', () => {
		const ticked = PASSED_ON.filter((id) => PRODUCED_AT[id]! <= 12 && id !== 'pertimbangan-kemendagri');
		const result = inferPosition(sop, ticked);
		expect(result).toMatchObject({ kind: 'contradiction', furthest: { number: 12 }, evidence: { id: 'persetujuan-dprd' } });
		if (result.kind !== 'contradiction') return;
		expect(result.missing.map((m) => [m.document.id, m.producedBy.number])).toEqual([['pertimbangan-kemendagri', 10]]);
	});

	it('does not resolve Full Powers without the government’s approval, nor a signed MOU without Full Powers', () => {
		const upTo = (n: number) => PASSED_ON.filter((id) => PRODUCED_AT[id]! <= n);
		const noApproval = inferPosition(sop, upTo(16).filter((id) => id !== 'persetujuan-pemerintah'));
		expect(noApproval).toMatchObject({ kind: 'contradiction', furthest: { number: 16 }, missing: [{ document: { id: 'persetujuan-pemerintah' }, producedBy: { number: 15 } }] });
		const noFullPowers = inferPosition(sop, upTo(17).filter((id) => id !== 'surat-kuasa-full-power'));
		expect(noFullPowers).toMatchObject({ kind: 'contradiction', furthest: { number: 17 }, missing: [{ document: { id: 'surat-kuasa-full-power' }, producedBy: { number: 16 } }] });
	});

	it('names several gaps at once, in the order of the SOP', () => {
		const result = inferPosition(sop, ['disposisi-kasubag', 'arahan-kabag', 'keputusan-tim-tkksd', 'persetujuan-dprd', 'rencana-kerjasama', 'rancangan-mou']);
		if (result.kind !== 'contradiction') throw new Error(`expected a contradiction, got ${result.kind}`);
		expect(result.missing.map((m) => m.producedBy.number)).toEqual([6, 7, 8, 10]);
	});
});
