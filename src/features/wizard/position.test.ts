import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { loadSop } from '../../model/validate';
import { compactSop } from './model';
import { isSilentDecision, PREVIEW_LENGTH, resolvePosition } from './position';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const tiny = loadSop(tinySop(), TINY_SOURCES);
const ids = (list: { step: { id: string } }[]) => list.map((a) => a.step.id);

describe('resolvePosition on the fixture', () => {
	it('places the proposal, its phase and its progress', () => {
		const p = resolvePosition(tiny, 'tulis')!;
		expect(p.done.id).toBe('tulis');
		expect([p.phase.id, p.phaseNumber, p.phaseCount]).toEqual(['awal', 1, 2]);
		expect([p.stepNumber, p.stepCount]).toEqual([2, 4]);
	});

	it('follows the edges to the next step and previews the ones after it', () => {
		const p = resolvePosition(tiny, 'terima')!;
		expect(ids(p.next)).toEqual(['tulis']);
		expect(ids(p.preview)).toEqual(['setujui', 'lapor']);
		expect(p.preview[1]!.when?.id).toBe('Disetujui');
	});

	it('keeps the branch label of the edge into the next step', () => {
		const p = resolvePosition(tiny, 'setujui')!;
		expect(p.next).toHaveLength(1);
		expect(p.next[0]!.when).toEqual({ id: 'Disetujui', en: 'Disetujui (en)' });
		expect(p.preview).toEqual([]);
	});

	it('lists the recurring steps once they are near, and at the end of the procedure, where a repeat is not a next step', () => {
		expect(resolvePosition(tiny, 'terima')!.ongoing.map((s) => s.id)).toEqual(['setujui', 'lapor']);
		const end = resolvePosition(tiny, 'lapor')!;
		expect(end.next).toEqual([]);
		expect(end.ongoing.map((s) => s.id)).toEqual(['setujui', 'lapor']);
	});

	it('knows nothing of a step the model does not have', () => {
		expect(resolvePosition(tiny, 'tidak-ada')).toBeUndefined();
		expect(resolvePosition(tiny, '__proto__')).toBeUndefined();
	});

	it('works on the compact copy of the model the browser gets', () => {
		const summary = (p: ReturnType<typeof resolvePosition>) => p && { ...p, done: p.done.id, phase: p.phase.id, next: ids(p.next), preview: ids(p.preview), ongoing: p.ongoing.map((s) => s.id) };
		for (const step of tiny.steps) expect(summary(resolvePosition(compactSop(tiny), step.id))).toEqual(summary(resolvePosition(tiny, step.id)));
	});

	it('calls every decision silent: the SOP never says what happens on "no"', () => {
		expect(isSilentDecision(tiny.steps.find((s) => s.id === 'setujui')!)).toBe(true);
		expect(isSilentDecision(tiny.steps.find((s) => s.id === 'tulis')!)).toBe(false);
	});
});

/**
 * Every position of the real SOP: [last finished step, its phase, the next step, who carries it out].
 * Written out from the SOP text, not computed.
 */
const POSITIONS: [done: number, phase: number, next: number | null, responsible: string | null][] = [
	[1, 1, 2, 'kasubag-kln'],
	[2, 1, 3, 'kasubag-kln'],
	[3, 1, 4, 'kabag-kerjasama'],
	[4, 1, 5, 'kasubag-kln'],
	[5, 2, 6, 'kasubag-kln'],
	[6, 2, 7, 'kabag-kerjasama'],
	[7, 2, 8, 'kasubag-kln'],
	[8, 2, 9, 'kasubag-kln'],
	[9, 3, 10, 'kemendagri'],
	[10, 3, 11, 'kasubag-kln'],
	[11, 3, 12, 'kasubag-kln'],
	[12, 4, 13, 'walikota'],
	[13, 4, 14, 'kemendagri'],
	[14, 5, 15, 'kemendagri'],
	[15, 5, 16, 'kemendagri'],
	[16, 5, 17, 'walikota'],
	[17, 6, 18, 'kasubag-kln'],
	[18, 6, 19, 'walikota'],
	[19, 6, 20, 'skpd'],
	[20, 7, 21, 'skpd'],
	[21, 7, 22, 'kasubag-kln'],
	[22, 7, 23, 'walikota'],
	[23, 7, null, null],
];

describe('resolvePosition on the real SOP', () => {
	const byNumber = (n: number) => sop.steps.find((s) => s.number === n)!;

	it.each(POSITIONS)('after step %i: phase %i, next step %s by %s', (done, phase, next, responsible) => {
		const p = resolvePosition(sop, byNumber(done).id)!;
		expect(p.stepNumber).toBe(done);
		expect(p.stepCount).toBe(23);
		expect(p.phaseNumber).toBe(phase);
		expect(p.phaseCount).toBe(7);
		expect(p.next.map((a) => a.step.number)).toEqual(next === null ? [] : [next]);
		expect(p.next.map((a) => a.step.responsible)).toEqual(responsible === null ? [] : [responsible]);
		const previewed = p.preview.map((a) => a.step.number);
		expect(previewed).toEqual(next === null ? [] : Array.from({ length: Math.min(PREVIEW_LENGTH, 23 - next) }, (_, i) => next + 1 + i));
		// Implementation, reporting and monitoring (steps 20–22) are flagged recurring; they are explained once near.
		expect(p.ongoing.map((s) => s.number)).toEqual(done >= 16 ? [20, 21, 22] : []);
	});

	it('has silent decisions at steps 12, 15 and 16 only', () => {
		expect(sop.steps.filter(isSilentDecision).map((s) => s.number)).toEqual([12, 15, 16]);
	});

	it('labels the branch into the step after each decision', () => {
		expect(resolvePosition(sop, byNumber(12).id)!.next[0]!.when?.id).toBe('Ya, DPRD menyetujui');
		expect(resolvePosition(sop, byNumber(11).id)!.preview[0]!.when?.id).toBe('Ya, DPRD menyetujui');
		expect(resolvePosition(sop, byNumber(14).id)!.next[0]!.when?.id).toBe('Ya, usulan dinilai layak');
	});
});
