import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../model/regulation-validate';
import { orderedSteps } from '../../model/query';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';
import { TINY_REGULATION_SOURCES, tinyRegulations } from '../../model/tiny-regulations.fixture';
import { statusDiagramVariant } from './status-diagram';

const sop = loadSop(tinySop(), TINY_SOURCES);
const regulations = loadRegulations(tinyRegulations(), TINY_REGULATION_SOURCES, sop);

describe('the flow diagram by status', () => {
	it('gives each step the class of its status, under an id of its own', () => {
		const variant = statusDiagramVariant(regulations);
		expect(variant.id).toBe('status');
		expect(orderedSteps(sop).map((step) => [step.id, variant.stepClass(step)])).toEqual([
			['terima', 'sk-st-not-regulated'],
			['tulis', 'sk-st-not-named'],
			['setujui', 'sk-st-still-required'],
			['lapor', 'sk-st-changed'],
		]);
	});
});
