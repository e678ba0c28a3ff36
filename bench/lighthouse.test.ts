import { describe, expect, it } from 'vitest';
import { combineRuns, median } from './lighthouse';

describe('combining Lighthouse runs', () => {
	it('takes the median', () => {
		expect(median([100, 97, 100])).toBe(100);
		expect(median([99, 100, 98])).toBe(99);
		expect(median([90])).toBe(90);
		expect(median([100, 98])).toBe(98);
	});
	it('keeps the median of each category and the failing audits of the median run', () => {
		const run = (performance: number, accessibility: number, failing: string[]) => ({ performance, accessibility, bestPractices: 100, seo: 100, failing });
		expect(combineRuns([run(99, 100, ['performance: total-blocking-time (140 ms)']), run(100, 98, []), run(100, 100, [])])).toEqual(run(100, 100, []));
		expect(combineRuns([run(97, 100, ['a']), run(99, 100, ['b']), run(100, 100, [])])).toEqual(run(99, 100, ['b']));
	});
});
