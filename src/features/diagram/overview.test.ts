import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { loadSop } from '../../model/validate';
import { getStep, orderedPhases } from '../../model/query';
import { buildOverview, laneOfPhase, officesOfStep, takingPart } from './overview';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const shape = (overview: ReturnType<typeof buildOverview>) =>
	overview.phases.map(({ phase, lane, others }) => [phase.id, lane, others.map((other) => `${other.lane}: ${other.offices.map((office) => office.id).join(',')}`)]);

describe('the overview of the fixture', () => {
	it('puts each phase in the lane of its steps, with the offices of the other lanes it touches', () => {
		expect(shape(buildOverview(sop))).toEqual([
			['awal', 'kota', ['luar-negeri: mitra']],
			['akhir', 'kota', ['dprd: dewan']],
		]);
		expect(buildOverview(sop).lanes).toEqual(['kota', 'dprd', 'luar-negeri']);
	});

	it('names the offices of a step in order: who acts, who takes part, who decides, whom the file passes', () => {
		expect(officesOfStep(sop, getStep(sop, 'setujui')).map((office) => office.id)).toEqual(['kepala', 'dewan']);
		expect(officesOfStep(sop, getStep(sop, 'tulis')).map((office) => office.id)).toEqual(['staf', 'kepala']);
	});

	it('takes the lane of most steps, or the earliest one’s on a tie', () => {
		const input = tinySop();
		input.steps[3]!.responsible = 'dewan';
		const moved = loadSop(input, TINY_SOURCES);
		expect(laneOfPhase(moved, [getStep(moved, 'setujui'), getStep(moved, 'lapor')])).toBe('kota');
		expect(laneOfPhase(moved, [getStep(moved, 'lapor'), getStep(moved, 'setujui')])).toBe('dprd');
	});
});

describe('the overview of the real SOP', () => {
	const overview = buildOverview(realSop);

	it('has the seven phases in order, every level of government as a lane, in the model’s order', () => {
		expect(overview.phases.map(({ phase }) => phase.id)).toEqual(orderedPhases(realSop).map((phase) => phase.id));
		expect(overview.lanes).toEqual(realSop.levels.map((level) => level.id));
	});

	it('shows where the procedure goes: the city, then the centre for its approval, then the city again', () => {
		expect(overview.phases.map(({ lane }) => lane)).toEqual(['kota', 'kota', 'kota', 'kota', 'pusat', 'kota', 'kota']);
	});

	it('shows who else takes part in each phase', () => {
		const others = Object.fromEntries(overview.phases.map(({ phase, others }) => [phase.order, others.map((other) => other.lane)]));
		expect(others).toEqual({
			1: ['luar-negeri', 'daerah-lain'],
			2: [],
			3: ['provinsi', 'pusat'],
			4: ['dprd', 'provinsi', 'pusat'],
			5: ['luar-negeri'],
			6: ['luar-negeri'],
			7: ['dprd', 'provinsi', 'pusat'],
		});
	});
});

describe('takingPart', () => {
	const format = ({ offices, lane }: { offices: string; lane: string }) => `${offices} (${lane})`;
	it('names the offices with their lane, or the lane alone when its name already names them', () => {
		expect(takingPart('Gubernur', 'Provinsi Jawa Barat', format)).toBe('Gubernur (Provinsi Jawa Barat)');
		expect(takingPart('Foreign partner', 'Foreign partner', format)).toBe('Foreign partner');
		expect(takingPart('Pemda', 'Pemerintah Daerah (Pemda)', format)).toBe('Pemerintah Daerah (Pemda)');
		expect(takingPart('Regional government', 'Regional government (Pemda)', format)).toBe('Regional government (Pemda)');
	});
});
