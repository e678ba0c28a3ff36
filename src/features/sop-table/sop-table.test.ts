import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { buildSopTable } from './sop-table';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

describe('buildSopTable', () => {
	const sop = loadSop(tinySop(), TINY_SOURCES);
	const table = buildSopTable(sop);

	it('has one column per office responsible for a step, in the model order', () => {
		expect(table.columns.map((o) => o.id)).toEqual(['staf', 'kepala']);
	});

	it('has one row per step, in order, marked in its actor column', () => {
		expect(table.rows.map((r) => [r.step.number, r.actor, r.shape])).toEqual([
			[1, 'staf', 'terminal'],
			[2, 'staf', 'activity'],
			[3, 'kepala', 'decision'],
			[4, 'kepala', 'terminal'],
		]);
	});

	it('notes what the SOP leaves implicit', () => {
		expect(table.rows.map((r) => r.notes)).toEqual([
			[{ kind: 'involved', offices: ['mitra'] }],
			[{ kind: 'implicit-actor' }, { kind: 'routing', offices: ['staf', 'kepala', 'staf'] }],
			[
				{ kind: 'involved', offices: ['dewan'] },
				{ kind: 'decision', question: { id: 'Setuju?', en: 'Setuju? (en)' }, decidedBy: ['dewan'], branches: [{ to: 'lapor', when: { id: 'Disetujui', en: 'Disetujui (en)' } }] },
				{ kind: 'recurring' },
			],
			[{ kind: 'recurring' }],
		]);
	});

	it('notes a step whose actor the SOP does not name', () => {
		const input = tinySop();
		delete input.steps[0]!.actor;
		expect(buildSopTable(loadSop(input, TINY_SOURCES)).rows[0]!.notes[0]).toEqual({ kind: 'implicit-actor' });
	});

	it('builds the real table: 23 rows and the six offices that carry out steps', () => {
		const real = buildSopTable(realSop);
		expect(real.rows).toHaveLength(23);
		expect(real.columns.map((o) => o.id)).toEqual(['staf-kln', 'kasubag-kln', 'kabag-kerjasama', 'skpd', 'walikota', 'kemendagri']);
		expect(real.rows.filter((r) => r.shape === 'decision').map((r) => r.step.number)).toEqual([12, 15, 16]);
	});
});
