import { describe, expect, it } from 'vitest';
import { isSearchAsset, PAGE_TYPES, pagesOfType, resourceKind, splitLocale } from './page-types';

const type = (id: string) => PAGE_TYPES.find((t) => t.id === id)!;

describe('splitLocale', () => {
	it('separates the language from the path under the base', () => {
		expect(splitLocale('/sop/', '/sop/')).toEqual({ lang: 'id', path: '' });
		expect(splitLocale('/sop/en/', '/sop/')).toEqual({ lang: 'en', path: '' });
		expect(splitLocale('/sop/en/langkah/a/', '/sop/')).toEqual({ lang: 'en', path: 'langkah/a/' });
		expect(splitLocale('/sop/entri/', '/sop/')).toEqual({ lang: 'id', path: 'entri/' });
		expect(splitLocale('/lain/', '/sop/')).toBeUndefined();
	});
});

describe('pagesOfType', () => {
	const pages = ['/', '/en/', '/langkah/a/', '/langkah/b/', '/en/langkah/a/', '/langkah/', '/peran/', '/peran/kasubag/', '/dokumen/', '/istilah/', '/404.html'];
	it('matches each page type in each language, index pages apart where the budget treats them apart', () => {
		expect(pagesOfType(pages, '/', type('home'), 'id')).toEqual(['/']);
		expect(pagesOfType(pages, '/', type('home'), 'en')).toEqual(['/en/']);
		expect(pagesOfType(pages, '/', type('step'), 'id')).toEqual(['/langkah/a/', '/langkah/b/']);
		expect(pagesOfType(pages, '/', type('step'), 'en')).toEqual(['/en/langkah/a/']);
		expect(pagesOfType(pages, '/', type('role'), 'id')).toEqual(['/peran/kasubag/']);
		expect(pagesOfType(pages, '/', type('roles'), 'id')).toEqual(['/peran/']);
		expect(pagesOfType(pages, '/', type('catalogue'), 'id')).toEqual(['/dokumen/']);
		expect(pagesOfType(pages, '/', type('glossary'), 'id')).toEqual(['/istilah/']);
		expect(pagesOfType(pages, '/', type('wizard'), 'id')).toEqual([]);
	});
	it('lists the issue’s budgets and Lighthouse pages', () => {
		expect(PAGE_TYPES.filter((t) => t.lighthouse).map((t) => t.id)).toEqual(['home', 'step', 'role', 'catalogue', 'diagram', 'wizard', 'changes']);
		for (const id of ['home', 'step', 'role', 'glossary']) expect(type(id).budget).toEqual({ totalKB: 25, requests: 8, nextKB: 10 });
		// Phase pages show their phase's diagram: they carry the diagram budget.
		for (const id of ['diagram', 'phase']) expect(type(id).budget).toEqual({ totalKB: 45 });
		expect(type('wizard').budget).toEqual({ totalKB: 35, ownJsKB: 10 });
		expect(type('changes').budget).toEqual({ totalKB: 35 });
	});
});

describe('resourceKind and isSearchAsset', () => {
	it('tells resources apart by their path', () => {
		expect(['/', '/a/index.html', '/_astro/a.css', '/_astro/a.js', '/f.woff2', '/favicon.svg', '/pagefind/pagefind.js', '/alur.mmd'].map(resourceKind)).toEqual([
			'html',
			'html',
			'css',
			'js',
			'font',
			'image',
			'js',
			'other',
		]);
	});
	it('recognises the search interface and index, and nothing else', () => {
		expect(['/pagefind/pagefind.js', '/sop/pagefind/wasm.id.pagefind', '/_astro/ui-core.Ab12.js', '/_astro/ui.Ab12.css'].every(isSearchAsset)).toBe(true);
		expect(['/_astro/Search.astro_astro_type_script_index_0_lang.Ab.js', '/_astro/middleware.Ab.css', '/langkah/pagefind-x/'].some(isSearchAsset)).toBe(false);
	});
});
