import { describe, expect, it } from 'vitest';
import { langOfPath, localePath, pathInLang, withBase } from './url';

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

describe('pathInLang', () => {
	it('moves a page between the root and /en/', () => {
		expect(pathInLang('/dokumen/', '/', 'en')).toBe('/en/dokumen/');
		expect(pathInLang('/en/langkah/terima-usulan/', '/', 'id')).toBe('/langkah/terima-usulan/');
	});
	it('maps the home pages onto each other', () => {
		expect(pathInLang('/', '/', 'en')).toBe('/en/');
		expect(pathInLang('/en/', '/', 'id')).toBe('/');
		expect(pathInLang('/en', '/', 'id')).toBe('/');
	});
	it('keeps a page in its own language', () => expect(pathInLang('/en/peran/', '/', 'en')).toBe('/en/peran/'));
	it('keeps the base', () => {
		expect(pathInLang('/sop-kerjasama/peran/dprd/', '/sop-kerjasama/', 'en')).toBe('/sop-kerjasama/en/peran/dprd/');
		expect(pathInLang('/sop-kerjasama/en/', '/sop-kerjasama/', 'id')).toBe('/sop-kerjasama/');
	});
	it('leads from the 404 page to the home page', () => {
		expect(pathInLang('/404.html', '/', 'en')).toBe('/en/');
		expect(pathInLang('/sop-kerjasama/404/', '/sop-kerjasama/', 'id')).toBe('/sop-kerjasama/');
	});
	it('does not take a page whose slug starts with "en" for an English one', () => expect(pathInLang('/entri/', '/', 'en')).toBe('/en/entri/'));
});
