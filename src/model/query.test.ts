import { describe, expect, it } from 'vitest';
import {
	findStep,
	followingStep,
	getDocument,
	getOffice,
	getStep,
	nextSteps,
	orderedPhases,
	orderedSteps,
	phaseOfStep,
	previousStep,
	stepsForOffice,
	stepsOfPhase,
	stepsProducing,
	stepsRequiring,
} from './query';
import { loadSop } from './validate';
import { TINY_SOURCES, tinySop } from '../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('SOP queries on the fixture', () => {
	it('orders steps by number and phases by order', () => {
		expect(ids(orderedSteps(sop))).toEqual(['terima', 'tulis', 'setujui', 'lapor']);
		expect(ids(orderedPhases(sop))).toEqual(['awal', 'akhir']);
	});

	it('finds and gets entries by id', () => {
		expect(findStep(sop, 'tulis')?.number).toBe(2);
		expect(findStep(sop, 'nope')).toBeUndefined();
		expect(getStep(sop, 'lapor').number).toBe(4);
		expect(getOffice(sop, 'dewan').level).toBe('dprd');
		expect(getDocument(sop, 'izin').issuedBy).toEqual(['dewan']);
		expect(() => getStep(sop, 'nope')).toThrow('Unknown step "nope"');
		expect(() => getOffice(sop, 'nope')).toThrow('Unknown office "nope"');
	});

	it('gives next, previous and following steps', () => {
		expect(ids(nextSteps(sop, getStep(sop, 'setujui')))).toEqual(['lapor']);
		expect(ids(nextSteps(sop, getStep(sop, 'lapor')))).toEqual(['setujui']);
		expect(previousStep(sop, getStep(sop, 'terima'))).toBeUndefined();
		expect(previousStep(sop, getStep(sop, 'setujui'))?.id).toBe('tulis');
		expect(followingStep(sop, getStep(sop, 'setujui'))?.id).toBe('lapor');
		expect(followingStep(sop, getStep(sop, 'lapor'))).toBeUndefined();
	});

	it('lists the steps of a phase and the phase of a step', () => {
		expect(ids(stepsOfPhase(sop, 'akhir'))).toEqual(['setujui', 'lapor']);
		expect(stepsOfPhase(sop, 'none')).toEqual([]);
		expect(phaseOfStep(sop, getStep(sop, 'tulis')).id).toBe('awal');
	});

	it('lists where an office acts, with its role, counting routing and decisions', () => {
		expect(stepsForOffice(sop, 'kepala').map(({ step, role }) => [step.id, role])).toEqual([
			['tulis', 'involved'],
			['setujui', 'responsible'],
			['lapor', 'responsible'],
		]);
		expect(stepsForOffice(sop, 'mitra').map(({ step }) => step.id)).toEqual(['terima']);
		expect(stepsForOffice(sop, 'dewan').map(({ step, role }) => [step.id, role])).toEqual([['setujui', 'involved']]);
	});

	it('lists where a document is produced and needed', () => {
		expect(ids(stepsProducing(sop, 'nota'))).toEqual(['tulis']);
		expect(ids(stepsRequiring(sop, 'surat'))).toEqual(['terima', 'tulis']);
		expect(stepsProducing(sop, 'surat')).toEqual([]);
	});
});
