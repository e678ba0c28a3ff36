import { describe, expect, it } from 'vitest';
import { langOfPath, localePath, withBase } from '../../../src/lib/url';

describe('withBase', () => {
	it('keeps paths at the domain root', () => expect(withBase('/langkah/x/', '/')).toBe('/langkah/x/'));
	it('prefixes a sub-path', () => expect(withBase('/langkah/x/', '/sop-kerjasama/')).toBe('/sop-kerjasama/langkah/x/'));
	it('accepts a base without trailing slash', () => expect(withBase('/', '/sop')).toBe('/sop/'));
	it('refuses a relative path', () => expect(() => withBase('langkah/', '/')).toThrow('root-relative'));
});

describe('localePath', () => {
	it('keeps Indonesian at the root', () => expect(localePath('/ringkasan/', 'id')).toBe('/ringkasan/'));
	it('puts English under /en/', () => expect(localePath('/ringkasan/', 'en')).toBe('/en/ringkasan/'));
});

describe('langOfPath', () => {
	it('reads English under /en/ at the root', () => expect(langOfPath('/en/langkah/x/', '/')).toBe('en'));
	it('reads Indonesian at the root', () => expect(langOfPath('/langkah/x/', '/')).toBe('id'));
	it('reads the language under a sub-path', () => {
		expect(langOfPath('/sop-kerjasama/en/', '/sop-kerjasama/')).toBe('en');
		expect(langOfPath('/sop-kerjasama/langkah/en-x/', '/sop-kerjasama/')).toBe('id');
		expect(langOfPath('/sop-kerjasama/en', '/sop-kerjasama')).toBe('en');
	});
});
