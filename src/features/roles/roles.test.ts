import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { officesByLevel, stepCountLabel } from './roles';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);

describe('officesByLevel', () => {
	it('groups offices by level in the order of levels, skipping empty levels, with step counts', () => {
		expect(officesByLevel(sop).map((g) => [g.level.id, g.offices.map((o) => [o.office.id, o.stepCount])])).toEqual([
			['kota', [['staf', 2], ['kepala', 3]]],
			['dprd', [['dewan', 1]]],
			['luar-negeri', [['mitra', 1]]],
		]);
	});

	it('places every office of the real model exactly once', () => {
		const placed = officesByLevel(realSop).flatMap((g) => g.offices.map((o) => o.office.id));
		expect(placed.sort()).toEqual(realSop.offices.map((o) => o.id).sort());
	});
});

describe('stepCountLabel', () => {
	it('picks the singular only for one', () => {
		expect(stepCountLabel(1)).toBe('roles.stepCount.one');
		expect(stepCountLabel(0)).toBe('roles.stepCount.other');
		expect(stepCountLabel(7)).toBe('roles.stepCount.other');
	});
});
