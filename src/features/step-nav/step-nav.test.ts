import { describe, expect, it } from 'vitest';
import { adjacentPhases, buildStepNav } from './step-nav';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);

describe('buildStepNav', () => {
	it('groups the steps by phase, in order, and marks the current step and its phase', () => {
		const nav = buildStepNav(sop, 'setujui');
		expect(nav.map((p) => [p.phase.id, p.current, p.steps.map((s) => `${s.step.id}${s.current ? '*' : ''}`)])).toEqual([
			['awal', false, ['terima', 'tulis']],
			['akhir', true, ['setujui*', 'lapor']],
		]);
	});

	it('marks nothing without a current step', () => {
		expect(buildStepNav(sop).flatMap((p) => [p.current, ...p.steps.map((s) => s.current)])).not.toContain(true);
	});
});

describe('adjacentPhases', () => {
	it('finds the phases before and after', () => {
		expect(adjacentPhases(sop, 'awal')).toEqual({ prev: undefined, next: sop.phases[1] });
		expect(adjacentPhases(sop, 'akhir')).toEqual({ prev: sop.phases[0], next: undefined });
	});
	it('throws for an unknown phase', () => {
		expect(() => adjacentPhases(sop, 'tengah')).toThrow('Unknown phase "tengah"');
	});
});
