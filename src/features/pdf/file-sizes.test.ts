import { describe, expect, it } from 'vitest';
import { fillFileSizes, hasFileSizes, pageLang, withoutFileSizes } from './file-sizes';

const page = (lang: string, data: string) => `<!DOCTYPE html><html lang="${lang}" dir="ltr"><body><a href="/x.pdf">Unduh PDF (${data})</a></body></html>`;
const before = '<data value="0" data-sk-size-of="/data/x.pdf"></data>';

describe('fillFileSizes', () => {
	it('writes the size of the named file as the value and as text in the page’s language', () => {
		const sizes: Record<string, number> = { '/data/x.pdf': 12345 };
		expect(fillFileSizes(page('id', before), (path) => sizes[path]!)).toBe(page('id', '<data value="12345" data-sk-size-of="/data/x.pdf">12,3 kB</data>'));
		expect(fillFileSizes(page('en', before), (path) => sizes[path]!)).toBe(page('en', '<data value="12345" data-sk-size-of="/data/x.pdf">12.3 kB</data>'));
	});

	it('replaces a size written before, and keeps the element’s other attributes', () => {
		const old = '<data value="99" data-sk-size-of="/data/x.pdf" class="sk-size">0,1 kB</data>';
		expect(fillFileSizes(page('id', old), () => 2000)).toBe(page('id', '<data value="2000" data-sk-size-of="/data/x.pdf" class="sk-size">2,0 kB</data>'));
	});

	it('leaves other data elements alone', () => {
		const other = '<data value="7">7</data>';
		expect(fillFileSizes(page('id', other), () => 1)).toBe(page('id', other));
		expect(hasFileSizes(page('id', other))).toBe(false);
		expect(hasFileSizes(page('id', before))).toBe(true);
	});
});

describe('withoutFileSizes', () => {
	it('gives the same page whatever sizes it holds, so that a hash of it ignores them', () => {
		const filled = fillFileSizes(page('id', before), () => 4321);
		expect(withoutFileSizes(filled)).toBe(withoutFileSizes(page('id', before)));
		expect(withoutFileSizes(filled)).not.toContain('4321');
	});
});

describe('pageLang', () => {
	it('reads the page’s language, the main one when it names another', () => {
		expect(pageLang(page('en', ''))).toBe('en');
		expect(pageLang(page('fr', ''))).toBe('id');
	});
});
