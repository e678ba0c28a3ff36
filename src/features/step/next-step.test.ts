import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { getStep, orderedSteps } from '../../model/query';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';
import { planNextStep } from './next-step';

const sop = loadSop(tinySop(), TINY_SOURCES);

/** The tiny SOP with a decision that gates step "lapor". */
function withGate() {
	const input = tinySop();
	input.steps[3]!.decision = { question: { id: 'Lengkap?', en: 'Complete?' }, decidedBy: ['kepala'], timing: 'before', yes: { id: 'Ya, lengkap', en: 'Yes' } };
	input.steps[2]!.decision = undefined;
	return loadSop(input, TINY_SOURCES);
}

describe('planNextStep', () => {
	it('leads to the next step, with no decision in between', () => {
		expect(planNextStep(sop, getStep(sop, 'terima'))).toEqual({ onward: getStep(sop, 'tulis'), decision: undefined, repeats: [] });
	});

	it('puts a step’s own decision after it, before the step its "yes" leads to', () => {
		const plan = planNextStep(sop, getStep(sop, 'setujui'));
		expect(plan.onward?.id).toBe('lapor');
		expect(plan.decision?.of.id).toBe('setujui');
		expect(plan.decision?.decision.timing).toBe('after');
	});

	it('puts the decision that gates the next step before it', () => {
		const gated = withGate();
		const plan = planNextStep(gated, getStep(gated, 'setujui'));
		expect(plan.decision?.of.id).toBe('lapor');
		expect(plan.decision?.decision.yes.id).toBe('Ya, lengkap');
	});

	it('gives the repeat of earlier steps with its label, and no onward step when only the repeat remains', () => {
		const plan = planNextStep(sop, getStep(sop, 'lapor'));
		expect(plan.onward).toBeUndefined();
		expect(plan.repeats.map((r) => [r.when.id, r.step.id])).toEqual([['Berulang', 'setujui']]);
	});
});

describe('the next step of every real step', () => {
	const steps = orderedSteps(realSop);
	it('is the following step, except after the last', () => {
		for (const step of steps.slice(0, -1)) expect(planNextStep(realSop, step).onward?.number, step.id).toBe(step.number + 1);
		expect(planNextStep(realSop, steps.at(-1)!)).toEqual({ onward: undefined, decision: undefined, repeats: [] });
	});
	it('carries the decisions where the SOP implies them: after step 12, before steps 15 and 16', () => {
		const decisions = steps.flatMap((step) => {
			const { decision } = planNextStep(realSop, step);
			return decision ? [`${step.number}→${decision.of.number} ${decision.decision.timing}`] : [];
		});
		expect(decisions).toEqual(['12→12 after', '14→15 before', '15→16 before']);
	});
	it('repeats steps 20–22 after step 22', () => {
		expect(steps.flatMap((step) => planNextStep(realSop, step).repeats.map((r) => `${step.number}→${r.step.number}`))).toEqual(['22→20']);
	});
});
