import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { orderedSteps } from '../../model/query';
import { DECISION_ANSWERS, nextStep, pendingDecision, resolvePosition, stepsAhead, type Position } from './flow';
import { compactSop } from './model';
import { wizardSop } from './wizard-sop.fixture';

const sop = wizardSop();
const step = (id: string) => sop.steps.find((s) => s.id === id)!;
const ids = (steps: { id: string }[]) => steps.map((s) => s.id);
const position = (done: string | undefined, answer?: (typeof DECISION_ANSWERS)[number]) => resolvePosition(sop, done, answer)!;
const summary = (p: Position | undefined) =>
	p && {
		kind: p.kind,
		done: p.done?.id,
		focus: p.focus?.id,
		after: ids(p.after),
		...('holder' in p ? { holder: p.holder } : {}),
		...('next' in p ? { next: p.next.id } : {}),
	};

describe('the flow on the fixture', () => {
	it('goes forward only: the repeat of a cycle is not the next step', () => {
		expect(ids(stepsAhead(sop, step('pantau')).map((a) => a.step))).toEqual(['akhir']);
		expect(nextStep(sop, step('pantau'))?.id).toBe('akhir');
		expect(nextStep(sop, undefined)?.id).toBe('terima');
		expect(nextStep(sop, step('akhir'))).toBeUndefined();
	});

	it('asks a decision after its step, and a decision before the step it gates, once the step before is finished', () => {
		expect(pendingDecision(sop, step('ajukan'))).toMatchObject({ step: { id: 'ajukan' }, then: { id: 'teruskan' }, decision: { timing: 'after' } });
		expect(pendingDecision(sop, step('ajukan'))?.decision.decidedBy).toEqual(['dewan']);
		// The decision before "teruskan" would be asked after "ajukan" too, but the one after "ajukan" comes first.
		const withoutAfter = wizardSopWithout('ajukan');
		expect(pendingDecision(withoutAfter, withoutAfter.steps.find((s) => s.id === 'ajukan'))).toMatchObject({ step: { id: 'teruskan' }, decision: { timing: 'before' } });
		for (const id of ['terima', 'rapat', 'tulis', 'teruskan', 'laksana', 'pantau', 'akhir']) expect(pendingDecision(sop, step(id)), id).toBeUndefined();
	});
});

/** The fixture without the decision after a step, so that the decision before the next one is the one asked. */
function wizardSopWithout(stepId: string) {
	const copy = wizardSop();
	const target = copy.steps.find((s) => s.id === stepId)!;
	delete target.decision;
	return copy;
}

describe('resolvePosition on the fixture', () => {
	it('puts the file with the office of the next step, or at the end of the finished step’s route', () => {
		expect(summary(position('terima'))).toEqual({ kind: 'moving', done: 'terima', focus: 'rapat', holder: 'staf', next: 'rapat', after: ['tulis', 'ajukan', 'teruskan'] });
		expect(summary(position('rapat'))).toMatchObject({ kind: 'moving', holder: 'kepala', next: 'tulis' });
		expect(summary(position('tulis'))).toMatchObject({ kind: 'moving', holder: 'staf', next: 'ajukan' });
	});

	it('before the first step, sends the proposal to the first step’s office', () => {
		expect(summary(position(undefined))).toMatchObject({ kind: 'moving', done: undefined, holder: 'staf', next: 'terima' });
	});

	it('asks the decision after a step, then answers each answer to it', () => {
		expect(summary(position('ajukan'))).toEqual({ kind: 'ask', done: 'ajukan', focus: 'ajukan', after: [] });
		expect(summary(position('ajukan', 'ya'))).toMatchObject({ kind: 'moving', holder: 'menteri', next: 'teruskan', focus: 'teruskan' });
		expect(position('ajukan', 'ya')).toMatchObject({ decided: { step: { id: 'ajukan' } } });
		// Waiting for the City Council: the file is with the office that decides.
		expect(summary(position('ajukan', 'belum'))).toMatchObject({ kind: 'waiting', holder: 'dewan', next: 'teruskan', focus: 'ajukan' });
		expect(position('ajukan', 'belum')).toMatchObject({ unsure: false });
		expect(position('ajukan', 'tidak-tahu')).toMatchObject({ kind: 'waiting', unsure: true, holder: 'dewan' });
		expect(summary(position('ajukan', 'tidak'))).toEqual({ kind: 'silent', done: 'ajukan', focus: 'ajukan', after: [] });
	});

	it('asks the decision that gates the next step once the step before it is finished', () => {
		const before = wizardSopWithout('ajukan');
		expect(resolvePosition(before, 'ajukan')?.kind).toBe('ask');
		// Waiting for the gate: the file is with the office of the gated step, not with the decider.
		expect(summary(resolvePosition(before, 'ajukan', 'belum'))).toMatchObject({ kind: 'waiting', holder: 'menteri', next: 'teruskan', focus: 'teruskan' });
		expect(summary(resolvePosition(before, 'ajukan', 'ya'))).toMatchObject({ kind: 'moving', next: 'teruskan' });
		expect(resolvePosition(before, 'ajukan', 'tidak')?.kind).toBe('silent');
	});

	it('marks the cycle once the proposal is near it, and at the end', () => {
		expect(position('terima').cycle).toBeUndefined();
		expect(ids(position('teruskan').cycle!.steps)).toEqual(['laksana', 'pantau']);
		expect(position('teruskan').cycle!.when?.id).toBe('Berulang');
		const end = position('akhir');
		expect(end).toMatchObject({ kind: 'complete', done: { id: 'akhir' }, after: [] });
		expect(ids(end.cycle!.steps)).toEqual(['laksana', 'pantau']);
	});

	it('lists at most three steps after the next, forward', () => {
		expect(ids(position('tulis').after)).toEqual(['teruskan', 'laksana', 'pantau']);
		expect(ids(position('laksana').after)).toEqual(['akhir']);
		expect(position('pantau').after).toEqual([]);
	});

	it('knows no step the model lacks, and no answer where no decision is asked', () => {
		expect(resolvePosition(sop, 'tidak-ada')).toBeUndefined();
		expect(resolvePosition(sop, 'terima', 'ya')).toBeUndefined();
		expect(resolvePosition(sop, 'akhir', 'belum')).toBeUndefined();
	});

	it('reads the compact copy of the model as it reads the model', () => {
		const compact = compactSop(sop, 'id');
		for (const s of sop.steps) for (const answer of [undefined, ...DECISION_ANSWERS]) {
			expect(summary(resolvePosition(compact, s.id, answer)), `${s.id} ${answer}`).toEqual(summary(resolvePosition(sop, s.id, answer)));
		}
	});
});

describe('resolvePosition on the real SOP', () => {
	const real = (number: number) => orderedSteps(realSop)[number - 1]!;
	const at = (number: number, answer?: (typeof DECISION_ANSWERS)[number]) => resolvePosition(realSop, real(number).id, answer)!;

	it('asks a decision after step 12 (City Council), after step 14 (gate of step 15) and after step 15 (gate of step 16), nowhere else', () => {
		const asking = orderedSteps(realSop).filter((s) => pendingDecision(realSop, s)).map((s) => s.number);
		expect(asking).toEqual([12, 14, 15]);
		expect(pendingDecision(realSop, real(12))?.decision.decidedBy).toEqual(['dprd']);
		expect(pendingDecision(realSop, real(14))?.then.number).toBe(15);
		expect(pendingDecision(realSop, real(15))?.then.number).toBe(16);
	});

	it('says who holds the file after each step', () => {
		const holders = orderedSteps(realSop)
			.filter((s) => !pendingDecision(realSop, s) && s.number < 23)
			.map((s) => [s.number, (at(s.number) as Extract<Position, { kind: 'moving' }>).holder]);
		expect(Object.fromEntries(holders)).toEqual({
			1: 'kasubag-kln',
			2: 'kasubag-kln',
			3: 'kabag-kerjasama',
			4: 'kasubag-kln',
			5: 'kasubag-kln',
			6: 'kabag-kerjasama',
			// The end of step 7's route: back to the Head of Sub-Division.
			7: 'kasubag-kln',
			8: 'kasubag-kln',
			9: 'kemendagri',
			// The end of step 10's route: the Mayor receives the Ministry's consideration.
			10: 'walikota',
			11: 'kasubag-kln',
			13: 'kemendagri',
			16: 'walikota',
			17: 'kasubag-kln',
			18: 'walikota',
			19: 'skpd',
			20: 'skpd',
			21: 'kasubag-kln',
			22: 'walikota',
		});
	});

	it('waits with the City Council for its approval, and with the Ministry for the gates of steps 15 and 16', () => {
		expect(at(12, 'belum')).toMatchObject({ kind: 'waiting', holder: 'dprd', next: { number: 13 } });
		expect(at(14, 'belum')).toMatchObject({ kind: 'waiting', holder: 'kemendagri', next: { number: 15 } });
		expect(at(15, 'belum')).toMatchObject({ kind: 'waiting', holder: 'kemendagri', next: { number: 16 } });
		for (const n of [12, 14, 15]) {
			expect(at(n, 'ya')).toMatchObject({ kind: 'moving', next: { number: n + 1 } });
			expect(at(n, 'tidak').kind).toBe('silent');
		}
	});

	it('after step 22 moves on to step 23, with steps 20–22 repeating; after step 23 the procedure is complete', () => {
		expect(at(22)).toMatchObject({ kind: 'moving', next: { number: 23 } });
		expect(at(22).cycle!.steps.map((s) => s.number)).toEqual([20, 21, 22]);
		expect(at(23)).toMatchObject({ kind: 'complete' });
		expect(at(1).cycle).toBeUndefined();
	});
});
