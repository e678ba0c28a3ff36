import { describe, expect, it } from 'vitest';
import { articleIdOf, loadRegulations, RegulationValidationError } from './regulation-validate';
import { loadSop } from './validate';
import type { RegulationsInput } from './regulation-schema';
import { TINY_SOURCES, tinySop } from '../../test/fixtures/tiny-sop';
import { TINY_REGULATION_SOURCES, tinyRegulations } from './tiny-regulations.fixture';

const sop = loadSop(tinySop(), TINY_SOURCES);

/** The issues loadRegulations reports for the fixture broken by `breakIt`. */
function issuesOf(breakIt: (data: RegulationsInput) => void): string[] {
	const input = tinyRegulations();
	breakIt(input);
	try {
		loadRegulations(input, TINY_REGULATION_SOURCES, sop);
	} catch (error) {
		expect(error).toBeInstanceOf(RegulationValidationError);
		return (error as RegulationValidationError).issues;
	}
	throw new Error('expected the fixture to be rejected');
}

describe('loadRegulations', () => {
	it('accepts the valid fixture and fills defaults', () => {
		const data = loadRegulations(tinyRegulations(), TINY_REGULATION_SOURCES, sop);
		expect(data.articles[0]!.elucidation).toBe(false);
		expect(data.regulations[0]!.notes).toEqual([]);
	});

	it('names file, entry and field of a quote that cites an unknown regulation or step', () => {
		expect(
			issuesOf((data) => {
				data.articles[0]!.regulation = 'pp-9-2099';
				data.articles[0]!.id = 'pp-9-2099-pasal-5-ayat-2';
				data.articles[1]!.steps = ['lapor', 'hilang'];
			}),
		).toEqual([
			'fixture/articles.ts: articles "pp-9-2099-pasal-5-ayat-2" › regulation: unknown regulation "pp-9-2099"',
			'fixture/articles.ts: articles "pp-1-2020-pasal-9" › steps[1]: unknown step "hilang"',
		]);
	});

	it('refuses a quote from a regulation that could not be read', () => {
		expect(
			issuesOf((data) => {
				Object.assign(data.articles[0]!, { regulation: 'permen-2-2021', id: 'permen-2-2021-pasal-5-ayat-2' });
			}),
		).toEqual(['fixture/articles.ts: articles "permen-2-2021-pasal-5-ayat-2" › regulation: regulation "permen-2-2021" could not be read (read: false), so it cannot be quoted']);
	});

	it('requires an article’s id to be its citation', () => {
		expect(issuesOf((data) => void (data.articles[0]!.ayat = '3'))).toEqual([
			'fixture/articles.ts: articles "pp-1-2020-pasal-5-ayat-2" › id: must be "pp-1-2020-pasal-5-ayat-3", as its citation gives it',
		]);
		expect(articleIdOf({ regulation: 'uu-23-2014', article: '154', ayat: '1', huruf: 'g', elucidation: true })).toBe('uu-23-2014-pasal-154-ayat-1-huruf-g-penjelasan');
	});

	it('requires a frame to place each quoted fragment once in every language, and fragments to have a frame', () => {
		expect(issuesOf((data) => void (data.articles[1]!.frame!.en = 'Reports go {1}, {1}.'))).toEqual([
			'fixture/articles.ts: articles "pp-1-2020-pasal-9" › frame.en: must place each quoted fragment once: {1}, {2} (found {1}, {1})',
		]);
		expect(issuesOf((data) => void delete data.articles[1]!.frame)).toEqual([
			'fixture/articles.ts: articles "pp-1-2020-pasal-9" › frame: 2 quoted fragments need a frame that places them ({1}…{2})',
		]);
	});

	it('names the step of a status, a statement or a schema problem', () => {
		expect(
			issuesOf((data) => {
				data.findings[0]!.steps = ['entah'];
				data.stepStatuses[0]!.step = 'entah';
			}),
		).toEqual([
			'fixture/findings.ts: findings "internal" › steps[0]: unknown step "entah"',
			'fixture/step-status.ts: stepStatuses "entah" › step: unknown step "entah"',
			'fixture/step-status.ts: stepStatuses: step 1 ("terima") has no status',
		]);
		expect(issuesOf((data) => void ((data.stepStatuses[2] as { status: string }).status = 'obsolete'))[0]).toMatch(/^fixture\/step-status\.ts: stepStatuses "setujui" › status: /);
		expect(issuesOf((data) => void (data.articles[0]!.rendering = { en: ' ' }))).toEqual([
			'fixture/articles.ts: articles "pp-1-2020-pasal-5-ayat-2" › rendering.en: English rendering is required',
		]);
		expect(issuesOf((data) => void (data.comparedOn = '31 January 2026'))[0]).toMatch(/^fixture\/comparison\.ts: comparedOn: /);
	});

	it('gives every step exactly one status, quoted when it says what a regulation now says, with a statement in plain words', () => {
		expect(issuesOf((data) => void data.stepStatuses.push({ step: 'tulis', status: 'changed' }))).toEqual([
			'fixture/step-status.ts: stepStatuses "tulis" › step: step "tulis" has more than one status',
			'fixture/step-status.ts: stepStatuses "tulis" › status: "changed" needs a quote: no article in fixture/articles.ts concerns this step',
		]);
		expect(issuesOf((data) => void (data.stepStatuses[0]!.status = 'still-required'))).toEqual([
			'fixture/step-status.ts: stepStatuses "terima" › status: "still-required" needs a quote: no article in fixture/articles.ts concerns this step',
		]);
		expect(issuesOf((data) => void (data.stepStatuses[2]!.status = 'not-regulated'))).toEqual([
			'fixture/step-status.ts: stepStatuses "setujui" › status: "not-regulated", but an article in fixture/articles.ts concerns this step',
		]);
		expect(issuesOf((data) => void (data.findings[0]!.steps = ['tulis']))).toEqual([
			'fixture/step-status.ts: stepStatuses "terima" › step: no statement in fixture/findings.ts says in plain words where the step stands',
		]);
	});

	it('requires a label for every status and refuses duplicates', () => {
		expect(issuesOf((data) => void data.statuses.pop())).toEqual(['fixture/statuses.ts: statuses: status "not-regulated" has no label']);
		expect(issuesOf((data) => void (data.findings[1]!.id = 'internal'))).toEqual(['fixture/findings.ts: findings "internal" › id: duplicate id "internal"']);
	});
});
