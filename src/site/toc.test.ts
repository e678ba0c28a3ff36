import { describe, expect, it } from 'vitest';
import { isOverviewOnly } from './toc';

describe('isOverviewOnly', () => {
	const overview = { depth: 2, slug: '_top', text: 'Overview', children: [] };
	it('is true for a table with only the overview entry, or none at all', () => {
		expect(isOverviewOnly({ items: [overview] })).toBe(true);
		expect(isOverviewOnly({ items: [] })).toBe(true);
	});
	it('is false when the page has sections, or no table of contents', () => {
		expect(isOverviewOnly({ items: [overview, { depth: 2, slug: 'a', text: 'A', children: [] }] })).toBe(false);
		expect(isOverviewOnly(undefined)).toBe(false);
	});
});
