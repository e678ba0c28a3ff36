import { describe, expect, it } from 'vitest';
import { localePath, withBase } from '../../../src/lib/url';

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
