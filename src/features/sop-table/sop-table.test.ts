import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { buildSopTable } from './sop-table';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

describe('buildSopTable', () => {
	const sop = loadSop(tinySop(), TINY_SOURCES);
	const table = buildSopTable(sop);

	const rowsOf = (model: ReturnType<typeof buildSopTable>) =>
		model.rows.map((r) => [r.kind, r.step.number, r.marks.map((m) => `${m.shape} ${m.office}${m.implicit ? ' (implicit)' : ''}`)]);

	it('has one column per office that carries out a step or decides, in the model order', () => {
		expect(table.columns.map((o) => o.id)).toEqual(['staf', 'kepala', 'dewan']);
	});

	it('has one row per step, in order, marked in its actor column, and a row for a decision in the column of whoever decides', () => {
		expect(rowsOf(table)).toEqual([
			['step', 1, ['terminal staf']],
			['step', 2, ['activity staf (implicit)']],
			['step', 3, ['activity kepala']],
			['decision', 3, ['decision dewan']],
			['step', 4, ['terminal kepala']],
		]);
	});

	it('notes what the SOP leaves implicit, and where each answer of a decision leads', () => {
		const lapor = table.rows.find((r) => r.step.id === 'lapor')!;
		expect(table.rows.map((r) => r.notes.map((n) => n.kind))).toEqual([
			['involved'],
			['implicit-actor', 'routing'],
			['involved', 'recurring'],
			['implied-decision', 'yes', 'no'],
			['recurring'],
		]);
		expect(table.rows[3]!.notes[1]).toEqual({ kind: 'yes', to: lapor.step, label: { id: 'Disetujui', en: 'Disetujui (en)' } });
	});

	it('puts a decision that gates its step before it, with "yes" leading to the step itself', () => {
		const input = tinySop();
		input.steps[2]!.decision!.timing = 'before';
		const gated = buildSopTable(loadSop(input, TINY_SOURCES));
		expect(gated.rows.map((r) => `${r.kind} ${r.step.number}`)).toEqual(['step 1', 'step 2', 'decision 3', 'step 3', 'step 4']);
		expect(gated.rows[2]!.notes.find((n) => n.kind === 'yes')).toMatchObject({ to: { id: 'setujui' } });
	});

	it('puts a decision whose decider the SOP does not name in the step’s column, dashed, and says so', () => {
		const input = tinySop();
		input.steps[2]!.decision!.decidedBy = [];
		const unnamed = buildSopTable(loadSop(input, TINY_SOURCES));
		expect(unnamed.columns.map((o) => o.id)).toEqual(['staf', 'kepala']);
		const decision = unnamed.rows.find((r) => r.kind === 'decision')!;
		expect(decision.marks).toEqual([{ office: 'kepala', shape: 'decision', implicit: true }]);
		expect(decision.notes.map((n) => n.kind)).toContain('no-decider');
	});

	it('builds the real table: 23 step rows, a row per decision in the deciding office’s column, gating ones first', () => {
		const real = buildSopTable(realSop);
		expect(real.rows.filter((r) => r.kind === 'step')).toHaveLength(23);
		expect(real.columns.map((o) => o.id)).toEqual(['staf-kln', 'kasubag-kln', 'kabag-kerjasama', 'skpd', 'walikota', 'dprd', 'kemendagri', 'pihak-luar-negeri']);
		const decisions = real.rows.flatMap((r, i) => (r.kind === 'decision' ? [[r.step.number, r.marks.map((m) => m.office), real.rows[i + 1]?.step.number]] : []));
		expect(decisions).toEqual([
			[12, ['dprd'], 13],
			[15, ['kemendagri'], 15],
			[16, ['pihak-luar-negeri'], 16],
		]);
		for (const row of real.rows.filter((r) => r.kind === 'step')) expect(row.marks.map((m) => m.shape)).not.toContain('decision');
	});
});
