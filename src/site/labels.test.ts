import { describe, expect, it } from 'vitest';
import { stepLabel, stepNumberLabel } from './labels';

describe('step labels', () => {
	const step = { number: 12, title: { id: 'Mengajukan rencana', en: 'Submit the plan' } };
	it('name a step by number, or by number and title, in each language', () => {
		expect(stepNumberLabel(step, 'id')).toBe('Langkah 12');
		expect(stepLabel(step, 'id')).toBe('Langkah 12: Mengajukan rencana');
		expect(stepLabel(step, 'en')).toBe('Step 12: Submit the plan');
	});
});
