import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { orderedSteps, stepsProducing } from '../../model/query';
import { documentChoices, readDocuments, type DocumentsReading } from './documents';
import type { WizardSop } from './model';
import { wizardSop } from './wizard-sop.fixture';

const sop = wizardSop();
type Position = Extract<DocumentsReading, { kind: 'position' }>;
const summary = (reading: DocumentsReading) => {
	if (reading.kind !== 'position') return reading.kind;
	return {
		done: reading.done?.id,
		partial: reading.partial && { step: reading.partial.step.id, held: reading.partial.held.map((d) => d.id), missing: reading.partial.missing.map((d) => d.id) },
		answer: reading.answer,
		open: reading.open?.step.id,
		gaps: reading.gaps.map((d) => d.id),
	};
};
/** Every document a step up to `number` produces. */
const outputsUpTo = (model: WizardSop, number: number) => orderedSteps(model).filter((s) => s.number <= number).flatMap((s) => s.produces);
/** Every non-empty proper subset of a list. */
const properSubsets = <T>(items: T[]) =>
	Array.from({ length: 2 ** items.length - 2 }, (_, mask) => items.filter((_, i) => ((mask + 1) >> i) & 1));

describe('the documents a reader can name', () => {
	it('are every document of the fixture, each with the step it belongs to: the one producing it, else the first needing it', () => {
		expect(documentChoices(sop).map((c) => [c.document.id, c.step.id, c.role])).toEqual([
			['surat', 'terima', 'input'],
			['undangan', 'rapat', 'output'],
			['hasil', 'rapat', 'output'],
			['nota', 'tulis', 'output'],
			['izin', 'ajukan', 'output'],
			['restu', 'teruskan', 'input'],
			['balasan', 'teruskan', 'output'],
			['kuasa', 'laksana', 'input'],
			['laporan', 'laksana', 'output'],
			['pantauan', 'pantau', 'output'],
			['ringkasan', 'akhir', 'output'],
		]);
	});

	it('are every document of the real SOP, the incoming proposal and the letter of authority included', () => {
		const choices = documentChoices(realSop);
		expect(choices.map((c) => c.document.id).sort()).toEqual(realSop.documents.map((d) => d.id).sort());
		expect(choices.find((c) => c.document.id === 'usulan-kerjasama')).toMatchObject({ step: { number: 1 }, role: 'input' });
		expect(choices.find((c) => c.document.id === 'surat-kuasa-kepala-daerah')).toMatchObject({ step: { number: 19 }, role: 'input' });
		expect(choices.find((c) => c.document.id === 'persetujuan-pihak-luar-negeri')).toMatchObject({ step: { number: 16 }, role: 'input' });
	});
});

describe('readDocuments on the fixture', () => {
	it('counts a step finished only when every document it produces is held', () => {
		expect(summary(readDocuments(sop, ['surat', 'undangan', 'hasil']))).toEqual({ done: 'rapat', gaps: [] });
		expect(summary(readDocuments(sop, ['surat', 'undangan']))).toEqual({
			done: 'terima',
			partial: { step: 'rapat', held: ['undangan'], missing: ['hasil'] },
			gaps: [],
		});
		expect(summary(readDocuments(sop, ['hasil']))).toEqual({ done: 'terima', partial: { step: 'rapat', held: ['hasil'], missing: ['undangan'] }, gaps: [] });
	});

	it('reads the incoming proposal alone as a proposal not yet received: no step finished, the first next', () => {
		expect(summary(readDocuments(sop, ['surat']))).toEqual({ done: undefined, gaps: [] });
	});

	it('does not tell the step from documents that only a later step needs from outside', () => {
		const reading = readDocuments(sop, ['restu', 'kuasa']);
		expect(reading.kind).toBe('unclear');
		expect((reading as Extract<DocumentsReading, { kind: 'unclear' }>).inputs.map((c) => [c.document.id, c.step.id])).toEqual([
			['restu', 'teruskan'],
			['kuasa', 'laksana'],
		]);
		expect(readDocuments(sop, [])).toEqual({ kind: 'none' });
		expect(readDocuments(sop, ['tidak-ada'])).toEqual({ kind: 'none' });
	});

	it('names the earlier documents the held ones depend on and that are not held', () => {
		expect(summary(readDocuments(sop, ['nota']))).toEqual({ done: 'tulis', gaps: ['hasil'] });
		expect(summary(readDocuments(sop, ['laporan', 'balasan']))).toEqual({ done: 'laksana', gaps: ['nota', 'izin', 'hasil'].sort((a, b) => order(a) - order(b)) });
	});

	it('answers the decision after a step "yes" from the document its decider issues, and leaves it open without it', () => {
		expect(summary(readDocuments(sop, ['undangan', 'hasil', 'nota', 'izin']))).toEqual({ done: 'ajukan', answer: 'ya', gaps: [] });
	});

	it('answers the decision before a step "yes" when its decider’s document and everything the step needs are held', () => {
		const before = withoutDecisionAfter();
		const all = ['undangan', 'hasil', 'nota', 'izin'];
		expect(summary(readDocuments(before, all))).toMatchObject({ done: 'ajukan', open: 'teruskan' });
		expect(summary(readDocuments(before, [...all, 'restu']))).toMatchObject({ done: 'ajukan', answer: 'ya' });
		// A step under way after the gate, or a later step's document, shows the gate passed.
		expect(summary(readDocuments(before, [...all, 'kuasa']))).toMatchObject({ done: 'ajukan', answer: 'ya' });
	});
});

function order(id: string) {
	return documentChoices(sop).findIndex((c) => c.document.id === id);
}

/** The fixture without the decision after "ajukan", so that the decision gating "teruskan" is asked after it. */
function withoutDecisionAfter() {
	const copy = wizardSop();
	delete copy.steps.find((s) => s.id === 'ajukan')!.decision;
	return copy;
}

describe('readDocuments on the real SOP', () => {
	const multiOutput = orderedSteps(realSop).filter((step) => step.produces.length > 1);

	it('has the steps with several outputs this test covers: 5, 11 and 15', () => {
		expect(multiOutput.map((s) => s.number)).toEqual([5, 11, 15]);
	});

	for (const step of multiOutput) {
		describe(`step ${step.number} (${step.produces.join(', ')})`, () => {
			const before = outputsUpTo(realSop, step.number - 1);
			for (const held of properSubsets(step.produces)) {
				it(`with only ${held.join(' and ')}, is under way, not finished: missing the rest`, () => {
					const reading = readDocuments(realSop, [...before, ...held]) as Position;
					expect(reading.kind).toBe('position');
					expect(reading.done?.number).toBe(step.number - 1);
					expect(reading.partial?.step.id).toBe(step.id);
					expect(reading.partial?.held.map((d) => d.id)).toEqual(held);
					expect(reading.partial?.missing.map((d) => d.id)).toEqual(step.produces.filter((id) => !held.includes(id)));
					expect(reading.gaps).toEqual([]);
				});
				it(`with only ${held.join(' and ')} of its documents and nothing earlier, still names what is missing`, () => {
					const reading = readDocuments(realSop, held) as Position;
					expect(reading.partial?.missing.map((d) => d.id)).toEqual(step.produces.filter((id) => !held.includes(id)));
					expect(reading.gaps.length).toBeGreaterThan(0);
					expect(reading.gaps.every((doc) => stepsProducing(realSop, doc.id)[0]!.number < step.number)).toBe(true);
				});
			}
			it('with all of them, is finished', () => {
				const reading = readDocuments(realSop, [...before, ...step.produces]) as Position;
				expect(reading.done?.id).toBe(step.id);
				expect(reading.partial).toBeUndefined();
			});
		});
	}

	it('reads the TKKSD invitation alone as step 5 under way, never as step 5 finished', () => {
		const reading = readDocuments(realSop, ['surat-undangan-rapat']) as Position;
		expect(reading.done?.number).toBe(4);
		expect(reading.partial?.missing.map((d) => d.id)).toEqual(['keputusan-tim-tkksd']);
	});

	it('reads the incoming proposal letter alone as a proposal sent, not yet received at step 1', () => {
		expect(summary(readDocuments(realSop, ['usulan-kerjasama']))).toEqual({ done: undefined, gaps: [] });
		// With the Mayor-signed proposal, it is a document among others, not a contradiction.
		expect(summary(readDocuments(realSop, ['usulan-kerjasama', ...outputsUpTo(realSop, 8)]))).toEqual({ done: 'tanda-tangan-usulan-walikota', gaps: [] });
	});

	it('takes the City Council’s approval as its "yes", and leaves the Minister’s judgement of feasibility open', () => {
		expect(readDocuments(realSop, outputsUpTo(realSop, 12))).toMatchObject({ done: { number: 12 }, answer: 'ya' });
		expect(readDocuments(realSop, outputsUpTo(realSop, 14))).toMatchObject({ done: { number: 14 }, open: { then: { number: 15 } } });
		expect(readDocuments(realSop, outputsUpTo(realSop, 15))).toMatchObject({ done: { number: 15 }, open: { then: { number: 16 } } });
		expect(readDocuments(realSop, [...outputsUpTo(realSop, 15), 'persetujuan-pihak-luar-negeri'])).toMatchObject({ done: { number: 15 }, answer: 'ya' });
	});

	it('takes the letter of authority as a document step 19 needs, not as the signed agreement', () => {
		const reading = readDocuments(realSop, [...outputsUpTo(realSop, 18), 'surat-kuasa-kepala-daerah']) as Position;
		expect(reading.done?.number).toBe(18);
		expect(readDocuments(realSop, ['surat-kuasa-kepala-daerah']).kind).toBe('unclear');
	});
});
