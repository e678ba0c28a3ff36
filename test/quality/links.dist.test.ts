import { describe, expect, it } from 'vitest';
import { BUILDS, listPages } from '../support/built-site';
import { findBrokenLinks } from '../support/links';

describe.each(BUILDS)('links in the build at $base', (site) => {
	it('has pages', () => expect(listPages(site).length).toBeGreaterThan(2));
	it('has no broken internal link, asset or fragment, and no link that misses the base', () => {
		expect(findBrokenLinks(site)).toEqual([]);
	});
});
