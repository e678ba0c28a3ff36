import { describe, expect, it } from 'vitest';
import {
	counterpartsOf,
	documentActsAt,
	documentActsOf,
	findStep,
	followingStep,
	getDocument,
	getOffice,
	getStep,
	isSigningStep,
	nextSteps,
	partnerOffices,
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
import { sop as realSop } from '../content/sop';
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

describe('what offices do with the documents they issue', () => {
	const acts = (officeId: string, model = sop) => documentActsOf(model, officeId).map(({ doc, step, act }) => [doc.id, step.id, act]);

	it('hands in a document no step produces at the first step that needs it, and issues the outputs of a step', () => {
		expect(acts('mitra')).toEqual([['surat', 'terima', 'hand-in']]);
		expect(acts('staf')).toEqual([['nota', 'tulis', 'issue']]);
		expect(acts('dewan')).toEqual([['izin', 'setujui', 'issue']]);
		expect(documentActsAt(sop, getStep(sop, 'tulis')).map(({ doc }) => doc.id)).toEqual(['nota']);
	});

	it('signs the outputs of a step whose sentence is a signing', () => {
		const input = tinySop();
		input.steps[2]!.sopText = 'Kepala menandatangani persetujuan Dewan.';
		const signing = loadSop(input, TINY_SOURCES);
		expect(isSigningStep(getStep(signing, 'setujui'))).toBe(true);
		expect(acts('dewan', signing)).toEqual([['izin', 'setujui', 'sign']]);
	});

	it('finds the signings of the real SOP in its words: the proposal (8), the MOU (17) and the agreement (19), not step 9’s “telah ditandatangani”', () => {
		expect(orderedSteps(realSop).filter(isSigningStep).map((step) => step.number)).toEqual([8, 17, 19]);
		expect(acts('pihak-luar-negeri', realSop)).toEqual([
			['usulan-kerjasama', 'terima-usulan', 'hand-in'],
			['persetujuan-pihak-luar-negeri', 'mohon-full-power', 'hand-in'],
			['mou-ditandatangani', 'tanda-tangan-mou', 'sign'],
			['rancangan-perjanjian', 'siapkan-perjanjian', 'issue'],
			['perjanjian-kerjasama', 'tanda-tangan-perjanjian', 'sign'],
		]);
		expect(acts('pemda-pengusul', realSop)).toEqual([['usulan-kerjasama', 'terima-usulan', 'hand-in']]);
		expect(acts('walikota', realSop)).toContainEqual(['surat-kuasa-kepala-daerah', 'tanda-tangan-perjanjian', 'hand-in']);
	});

	it('names the other side of an act: to whom a document goes, who needs it, who issues it too', () => {
		const [proposal, consent, mou] = documentActsOf(realSop, 'pihak-luar-negeri');
		expect(counterpartsOf(proposal!, ['pihak-luar-negeri', 'pemda-pengusul'])).toEqual({ relation: 'to', offices: ['staf-kln'] });
		expect(counterpartsOf(consent!, ['pihak-luar-negeri'])).toEqual({ relation: 'needed-by', offices: ['kemendagri'] });
		expect(counterpartsOf(mou!, ['pihak-luar-negeri'])).toEqual({ relation: 'with', offices: ['walikota'] });
	});

	it('names as partners the offices that issue a document from outside the city government', () => {
		expect(partnerOffices(sop).map((office) => office.id)).toEqual(['mitra']);
		expect(partnerOffices(realSop).map((office) => office.id)).toEqual(['pihak-luar-negeri', 'pemda-pengusul']);
	});

	it('gives every document of the real model exactly one act per issuer', () => {
		for (const doc of realSop.documents) {
			for (const issuer of doc.issuedBy) expect(acts(issuer, realSop).filter(([id]) => id === doc.id), `${doc.id} by ${issuer}`).toHaveLength(1);
		}
	});
});
