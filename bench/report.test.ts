import { describe, expect, it } from 'vitest';
import { checkBuild, checkPage, describeBudget, formatTable, type PageResult, type Transfer } from './report';

function transfer(gzip: number, requests: number, searchRequests = 0): Transfer {
	const none = { raw: 0, gzip: 0 };
	return { requests, gzip, raw: gzip * 3, byKind: { html: { raw: 0, gzip }, css: none, js: none, font: none, image: none, other: none }, searchRequests, scripts: [] };
}

const scores = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, failing: [] };
const page = (overrides: Partial<PageResult> = {}): Omit<PageResult, 'failures' | 'vsStock'> => ({
	site: 'site',
	type: 'step',
	lang: 'id',
	path: '/langkah/a/',
	first: transfer(20_000, 6),
	next: transfer(6_000, 1),
	ownJs: 0,
	budget: { totalKB: 25, requests: 8, nextKB: 10, ownJsKB: 10 },
	lighthouse: scores,
	...overrides,
});

describe('checkPage', () => {
	it('passes a page within every budget', () => {
		expect(checkPage(page(), true)).toEqual([]);
	});
	it('names each budget missed', () => {
		const missed = checkPage(page({ first: transfer(25_001, 9, 2), next: transfer(10_500, 1), ownJs: 10_001, lighthouse: { ...scores, accessibility: 98, seo: 92 } }), true);
		expect(missed).toEqual([
			'2 search requests before search was opened',
			'total 25.0 KB > 25 KB',
			'9 requests > 8',
			'next 10.5 KB > 10 KB',
			'own JS 10.0 KB > 10 KB',
			'Lighthouse accessibility 98',
			'Lighthouse SEO 92',
		]);
	});
	it('fails a page whose Lighthouse run is missing only when one is expected', () => {
		expect(checkPage(page({ lighthouse: undefined }), true)).toEqual(['Lighthouse did not run']);
		expect(checkPage(page({ lighthouse: undefined }), false)).toEqual([]);
	});
	it('does not hold the stock fixture to the budgets', () => {
		expect(checkPage(page({ site: 'stock', first: transfer(50_000, 11, 1), budget: undefined }), false)).toEqual([]);
	});
});

describe('checkBuild', () => {
	const build = { site: 'site' as const, seconds: 10, pages: 50, secondsPerPage: 0.2, peakMB: 700, peakSource: 'x' };
	it('passes a build within 1.5× the stock time per page and 1 GB', () => {
		expect(checkBuild({ ...build, vsStock: 1.5 })).toEqual([]);
	});
	it('names what it misses, and an unmeasured peak', () => {
		expect(checkBuild({ ...build, vsStock: 1.6, peakMB: 1200 })).toEqual(['time per page 1.60× stock > 1.5×', 'peak memory 1200 MB > 1000 MB']);
		expect(checkBuild({ ...build, vsStock: 1, peakMB: 0 })).toEqual(['peak memory not measured']);
	});
	it('holds a build with empty caches to the memory budget only: it draws and prints everything', () => {
		expect(checkBuild({ ...build, emptyCaches: true, seconds: 50 })).toEqual([]);
		expect(checkBuild({ ...build, emptyCaches: true, peakMB: 1100 })).toEqual(['peak memory 1100 MB > 1000 MB']);
	});
});

describe('describeBudget and formatTable', () => {
	it('describes a budget briefly', () => {
		expect(describeBudget({ totalKB: 25, requests: 8, nextKB: 10 })).toBe('≤25 KB ≤8 req next ≤10');
		expect(describeBudget({ totalKB: 35, ownJsKB: 10 })).toBe('≤35 KB own JS ≤10');
		expect(describeBudget(undefined)).toBe('—');
	});
	it('aligns text left in the first two columns and figures right', () => {
		expect(formatTable(['Page', 'Lang', 'KB'], [['home', 'id', '5.1'], ['step', 'en', '15.0']])).toBe(
			['Page  Lang    KB', '────  ────  ────', 'home  id     5.1', 'step  en    15.0'].join('\n'),
		);
	});
});
