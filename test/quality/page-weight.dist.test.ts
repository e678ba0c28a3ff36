import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LANGS, PAGE_TYPES, pagesOfType } from '../../bench/page-types';
import { BUILDS, fileForPath, listPages, readPage } from '../support/built-site';
import { isClassicInlineScript } from '../../src/site/build/inline-scripts';
import { gzipTotal, nextVisitGzip, ownScriptGzip, weighPage, type PageWeight } from '../support/page-weight';

// Byte budgets are deterministic: they are checked here on the built files. Time figures stay in `npm run bench`.
const site = BUILDS[0]!;
const pages = listPages(site);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const weights = new Map<string, PageWeight>();
const weigh = (page: string) => {
	if (!weights.has(page)) weights.set(page, weighPage(site, page));
	return weights.get(page)!;
};

const cases = PAGE_TYPES.flatMap((type) => LANGS.map((lang) => ({ type, lang, pages: pagesOfType(pages, site.base, type, lang) })));

// Every page of each type in each language is weighed; the budgets are in tools/budgets.ts.
describe.each(cases)(
	'$type.id pages ($lang) in the build at /',
	({ type, lang, pages: ofType }) => {
		it('exist', () => expect(ofType.length).toBeGreaterThan(0));
		it('load only files the build holds, none from another origin', () => {
			expect(ofType.flatMap((page) => weigh(page).unresolved.map((ref) => `${page}: ${ref}`))).toEqual([]);
		});
		it('do not load the search interface (its scripts or styles) before search is opened', () => {
			const isSearchInterface = (path: string) => path.includes('/pagefind/') || readFileSync(fileForPath(site, path)!, 'utf8').includes('pagefind-ui__');
			const loaded = ofType.flatMap((page) => weigh(page).resources.filter((r) => (r.kind === 'js' || r.kind === 'css') && isSearchInterface(r.path)).map((r) => `${page}: ${r.path}`));
			expect(loaded).toEqual([]);
		});
		const budget = type.budget;
		if (!budget) return;
		it(`weigh at most ${budget.totalKB} KB gzip on a first visit`, () => {
			const over = ofType.map(weigh).filter((w) => gzipTotal(w) > budget.totalKB * 1000);
			expect(over.map((w) => `${w.page}: ${kb(gzipTotal(w))}`)).toEqual([]);
		});
		if (budget.requests !== undefined) {
			const requests = budget.requests;
			it(`make at most ${requests} requests on a first visit`, () => {
				const over = ofType.map(weigh).filter((w) => w.resources.length > requests);
				expect(over.map((w) => `${w.page}: ${w.resources.length} requests (${w.resources.map((r) => r.path).join(', ')})`)).toEqual([]);
			});
		}
		if (budget.nextKB !== undefined) {
			const nextKB = budget.nextKB;
			it(`weigh at most ${nextKB} KB gzip when opened next, with CSS, fonts and scripts cached`, () => {
				const over = ofType.map(weigh).filter((w) => nextVisitGzip(w) > nextKB * 1000);
				expect(over.map((w) => `${w.page}: ${kb(nextVisitGzip(w))}`)).toEqual([]);
			});
		}
		if (budget.ownJsKB !== undefined) {
			const ownJsKB = budget.ownJsKB;
			it(`load at most ${ownJsKB} KB gzip of their own JavaScript`, () => {
				const home = weigh(lang === 'en' ? `${site.base}en/` : site.base);
				const over = ofType.map(weigh).filter((w) => ownScriptGzip(w, home) > ownJsKB * 1000);
				expect(over.map((w) => `${w.page}: ${kb(ownScriptGzip(w, home))}`)).toEqual([]);
			});
		}
	},
);

describe('inline styles in the build at /', () => {
	it('are none: the styles of components and pages are in the shared, cached stylesheets (one .css file per feature)', () => {
		// An inline SVG (the flow diagram) carries its own <style>, part of the picture and allowed by hash.
		const outsideSvg = (html: string) => html.replace(/<svg[\s>][\s\S]*?<\/svg>/g, '');
		expect(pages.filter((page) => /<style[\s>]/.test(outsideSvg(readPage(site, page))))).toEqual([]);
	});
});

describe('inline scripts in the build at /', () => {
	it('are minified on every page, Starlight\'s own included', () => {
		const loose = pages.flatMap((page) =>
			[...readPage(site, page).matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
				.filter(([, attributes = '', code = '']) => isClassicInlineScript(attributes) && code.trim() !== '')
				.filter(([, , code = '']) => transformSync(code, { loader: 'js', minify: true }).code.trim().length < code.trim().length * 0.95)
				.map(([, , code = '']) => `${page}: ${code.trim().slice(0, 60)}`),
		);
		expect(loose).toEqual([]);
	});
});
