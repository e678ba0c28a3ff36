import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extraPagesPerLanguage, numberedPage, prepareStockCopy, stockPageCount } from './stock-pages';

const FIXTURE = 'bench/stock';
const work = mkdtempSync(join(tmpdir(), 'stock-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('extraPagesPerLanguage', () => {
	it('splits the gap between the languages, rounding up, and never goes below zero', () => {
		expect(extraPagesPerLanguage(9, 165, 2)).toBe(78);
		expect(extraPagesPerLanguage(9, 166, 2)).toBe(79);
		expect(extraPagesPerLanguage(9, 5, 2)).toBe(0);
	});
});

describe('numberedPage', () => {
	it('numbers the title and keeps the rest', () => {
		expect(numberedPage('---\ntitle: Contoh\ndescription: x\n---\n\nTeks', 7)).toBe('---\ntitle: Contoh 007\ndescription: x\n---\n\nTeks');
	});
});

describe('prepareStockCopy', () => {
	it('grows a copy of the fixture to the site’s page count in both languages, outside the sidebar, and leaves the fixture as committed', () => {
		const committed = stockPageCount(join(FIXTURE, 'src/content/docs'));
		const copy = join(work, 'stock');
		expect(prepareStockCopy(FIXTURE, copy, 165)).toBe(165);
		const docs = join(copy, 'src/content/docs');
		expect(readdirSync(join(docs, 'halaman'))).toHaveLength(78);
		expect(readdirSync(join(docs, 'en/halaman'))).toHaveLength(78);
		expect(readFileSync(join(docs, 'en/halaman/contoh-078.mdx'), 'utf8')).toMatch(/^title: Example step page 078$/m);
		expect(readdirSync(join(docs, 'panduan'))).toEqual(readdirSync(join(FIXTURE, 'src/content/docs/panduan')));
		expect(existsSync(join(copy, 'astro.config.mjs'))).toBe(true);
		expect(stockPageCount(join(FIXTURE, 'src/content/docs'))).toBe(committed);
	});

	it('adds nothing when the fixture already has as many pages', () => {
		const copy = join(work, 'small');
		expect(prepareStockCopy(FIXTURE, copy, 3)).toBe(stockPageCount(join(FIXTURE, 'src/content/docs')));
		expect(readdirSync(join(copy, 'src/content/docs/halaman'))).toEqual([]);
	});
});
