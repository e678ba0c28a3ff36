import { describe, expect, it } from 'vitest';
import { assertExplanations, ExplanationError, explanationPath, findExplanationIssues, parseExplanationPath, type ExplanationFile } from './explanations';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const DIR = 'content/explanations';
const sop = loadSop(tinySop(), TINY_SOURCES);

/** One non-empty file per step and language of the fixture. */
function completeFiles(): ExplanationFile[] {
	return sop.steps.flatMap((step) => (['id', 'en'] as const).map((lang) => ({ file: explanationPath(DIR, lang, step.id), body: `${step.id} ${lang}.` })));
}

describe('parseExplanationPath', () => {
	it('reads the language and step from the path', () => {
		expect(parseExplanationPath(DIR, 'content/explanations/en/tulis.mdx')).toEqual({ lang: 'en', stepId: 'tulis' });
	});
	it.each(['content/explanations/fr/tulis.mdx', 'content/explanations/tulis.mdx', 'content/explanations/id/tulis.md', 'other/id/tulis.mdx', 'content/explanations/id/a/tulis.mdx'])(
		'refuses %s',
		(file) => expect(parseExplanationPath(DIR, file)).toBeUndefined(),
	);
});

describe('findExplanationIssues', () => {
	it('accepts prose for every step in both languages', () => {
		expect(findExplanationIssues(sop, completeFiles(), DIR)).toEqual([]);
	});

	it('names the missing file of a step without prose in a language', () => {
		const files = completeFiles().filter((f) => f.file !== 'content/explanations/en/setujui.mdx');
		expect(findExplanationIssues(sop, files, DIR)).toEqual(['content/explanations/en/setujui.mdx: missing; step 3 "setujui" has no English explanation']);
	});

	it('names a file whose prose is empty', () => {
		const files = completeFiles().map((f) => (f.file === 'content/explanations/id/terima.mdx' ? { ...f, body: '\n  \n' } : f));
		expect(findExplanationIssues(sop, files, DIR)).toEqual(['content/explanations/id/terima.mdx: the explanation is empty']);
	});

	it('names a file about a step that does not exist', () => {
		const files = [...completeFiles(), { file: 'content/explanations/id/hapus.mdx', body: 'Prosa.' }];
		expect(findExplanationIssues(sop, files, DIR)).toEqual(['content/explanations/id/hapus.mdx: explains step "hapus", which the SOP model does not have']);
	});

	it('names a file in the wrong place', () => {
		const files = [...completeFiles(), { file: 'content/explanations/fr/tulis.mdx', body: 'Prose.' }];
		expect(findExplanationIssues(sop, files, DIR)).toEqual([
			'content/explanations/fr/tulis.mdx: not a step explanation; expected content/explanations/<id|en>/<step-id>.mdx',
		]);
	});

	it('reports every missing file when there is no prose at all', () => {
		expect(findExplanationIssues(sop, [], DIR)).toHaveLength(sop.steps.length * 2);
	});
});

describe('assertExplanations', () => {
	it('throws an error whose message names each problem file', () => {
		const files = completeFiles().filter((f) => !f.file.endsWith('/lapor.mdx'));
		expect(() => assertExplanations(sop, files, DIR)).toThrow(ExplanationError);
		expect(() => assertExplanations(sop, files, DIR)).toThrow(/content\/explanations\/id\/lapor\.mdx: missing[\s\S]*content\/explanations\/en\/lapor\.mdx: missing/);
	});
	it('passes silently when the prose is complete', () => {
		expect(() => assertExplanations(sop, completeFiles(), DIR)).not.toThrow();
	});
});
