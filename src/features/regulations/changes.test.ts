import { describe, expect, it } from 'vitest';
import { changeRows, formatDate, statusCounts } from './changes';
import { loadRegulations } from '../../model/regulation-validate';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';
import { TINY_REGULATION_SOURCES, tinyRegulations } from '../../model/tiny-regulations.fixture';

const sop = loadSop(tinySop(), TINY_SOURCES);
const regulations = loadRegulations(tinyRegulations(), TINY_REGULATION_SOURCES, sop);

describe('the page of changes', () => {
	it('has one row per step of the model, in order, each with its status', () => {
		expect(changeRows(sop, regulations).map(({ step, note }) => [step.number, note.status.id])).toEqual([
			[1, 'not-regulated'],
			[2, 'not-named'],
			[3, 'still-required'],
			[4, 'changed'],
		]);
	});

	it('counts the steps of each status, in the order the statuses are listed', () => {
		expect(statusCounts(regulations).map(({ status, count }) => [status.id, count])).toEqual([
			['still-required', 1],
			['changed', 1],
			['not-named', 1],
			['not-regulated', 1],
		]);
	});

	it('writes dates as each language does, on the day given', () => {
		expect(formatDate('2018-07-13', 'id')).toBe('13 Juli 2018');
		expect(formatDate('2018-07-13', 'en')).toBe('13 July 2018');
		expect(formatDate('2026-12-01', 'id')).toBe('1 Desember 2026');
	});
});
