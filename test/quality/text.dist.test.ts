import { describe, expect, it } from 'vitest';
import { BUILDS, listPages, readPage } from '../support/built-site';
import { gluedSeparators, pageText } from '../support/page-text';

// The text of every page as search indexes it and a copy gives it, not only as the layout shows it.
describe.each(BUILDS)('the text of every page built at $base', (site) => {
	const pages = listPages(site);

	it('is read from every page', () => expect(pages.length).toBeGreaterThan(100));

	it('sets each separator dot apart from the words beside it', () => {
		const glued = pages.flatMap((page) => gluedSeparators(pageText(readPage(site, page))).map((around) => `${page}: "${around}"`));
		expect(glued).toEqual([]);
	});
});
