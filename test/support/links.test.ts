import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages } from './built-site';
import { findBrokenLinks } from './links';

const GOOD = 'test/fixtures/site/good';

/** A copy of the good fixture with one more page holding `body`. */
function siteWithPage(body: string) {
	const dir = mkdtempSync(join(tmpdir(), 'links-'));
	cpSync(GOOD, dir, { recursive: true });
	writeFileSync(join(dir, 'rusak.html'), `<!doctype html><html lang="id"><head><title>R</title></head><body>${body}</body></html>`);
	return { dir, base: '/sop/' };
}

describe('findBrokenLinks', () => {
	it('lists pages from the build output', () => {
		expect(listPages({ dir: GOOD, base: '/sop/' })).toEqual(['/sop/', '/sop/langkah/']);
	});

	it('passes a site whose links all resolve', () => {
		expect(findBrokenLinks({ dir: GOOD, base: '/sop/' })).toEqual([]);
	});

	it('reports a dead link with the page that holds it', () => {
		expect(findBrokenLinks(siteWithPage('<a href="/sop/tidak-ada/">x</a>'))).toEqual(['/sop/rusak.html: a[href="/sop/tidak-ada/"] — no page or file at /sop/tidak-ada/']);
	});

	it('reports a root-relative link that misses the base', () => {
		expect(findBrokenLinks(siteWithPage('<a href="/langkah/">x</a>'))).toEqual(['/sop/rusak.html: a[href="/langkah/"] — root-relative link misses the base /sop/']);
	});

	it('reports the dead link of the broken fixture page, and nothing on its good page', () => {
		expect(findBrokenLinks({ dir: 'test/fixtures/site/broken', base: '/' })).toEqual(['/rusak/: a[href="/tidak-ada/"] — no page or file at /tidak-ada/']);
	});

	it('reports a missing fragment and a missing asset', () => {
		expect(findBrokenLinks(siteWithPage('<a href="/sop/langkah/#tiga">x</a><img src="/sop/x.png" alt="x">'))).toEqual([
			'/sop/rusak.html: a[href="/sop/langkah/#tiga"] — no element with id "tiga" on /sop/langkah/',
			'/sop/rusak.html: img[src="/sop/x.png"] — no page or file at /sop/x.png',
		]);
	});
});
