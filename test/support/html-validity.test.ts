import { describe, expect, it } from 'vitest';
import { findInvalidHtml } from './html-validity';

const BROKEN = { dir: 'test/fixtures/site/broken', base: '/' };

describe('findInvalidHtml', () => {
	it('reports a <div> inside a <p> and an image without alt text, naming the page, and passes the valid page', async () => {
		const problems = await findInvalidHtml(BROKEN);
		expect(problems.every((problem) => problem.startsWith('/rusak/:'))).toBe(true);
		expect(problems).toContainEqual(expect.stringMatching(/^\/rusak\/:\d+:\d+ no-implicit-close — Element <p> is implicitly closed by adjacent <div>/));
		expect(problems).toContainEqual(expect.stringMatching(/^\/rusak\/:\d+:\d+ wcag\/h37 — <img> is missing required "alt" attribute/));
	});
});
