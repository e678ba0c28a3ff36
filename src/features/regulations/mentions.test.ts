import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../model/regulation-validate';
import { orderedSteps } from '../../model/query';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';
import { TINY_REGULATION_SOURCES, tinyRegulations } from '../../model/tiny-regulations.fixture';
import { sinceLink, sinceMention, sinceMentions } from './mentions';

const sop = loadSop(tinySop(), TINY_SOURCES);
const regulations = loadRegulations(tinyRegulations(), TINY_REGULATION_SOURCES, sop);
const steps = orderedSteps(sop);
const step = (id: string) => steps.find((s) => s.id === id)!;

describe('what other pages say about a step since 2015', () => {
	it('names the regulations the statements rest on, and gives the statements', () => {
		expect(sinceMention(regulations, step('setujui'), 'id')).toEqual({ title: 'Sejak 2015, menurut PP 1/2020:', text: 'Dewan masih menyetujui.' });
		expect(sinceMention(regulations, step('lapor'), 'en')).toEqual({ title: 'Since 2015, according to Government Regulation 1/2020:', text: 'Nota tidak disebut. (en)' });
	});

	it('has a plain title for a step whose status rests on no quote', () => {
		expect(sinceMention(regulations, step('tulis'), 'id')?.title).toBe('Sejak 2015:');
	});

	it('says nothing about a step the regulation does not regulate (the internal workflow)', () => {
		expect(sinceMention(regulations, step('terima'), 'id')).toBeUndefined();
		expect(Object.keys(sinceMentions(regulations, steps, 'id'))).toEqual(['tulis', 'setujui', 'lapor']);
	});

	it('links to the box on the step page, in words that name the step', () => {
		expect(sinceLink('id')).toEqual({ anchor: 'sejak-2015', text: '“Sejak 2015” di halaman langkah {number}' });
		expect(sinceLink('en').text).toBe('“Since 2015” on the page of step {number}');
	});
});
