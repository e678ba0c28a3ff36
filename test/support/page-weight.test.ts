import { describe, expect, it } from 'vitest';
import { declaredFonts, gzipTotal, nextVisitGzip, ownScriptGzip, staticImports, weighPage } from './page-weight';

const SITE = { dir: 'test/fixtures/weight', base: '/sop/' };

describe('staticImports', () => {
	it('finds static imports of built scripts and leaves dynamic ones out', () => {
		expect(staticImports('import"./a.js";import{b as c}from"./b.js";const d=()=>import("./d.js");')).toEqual(['./a.js', './b.js']);
	});
});

describe('declaredFonts', () => {
	it('takes the first url of each @font-face and skips data URLs', () => {
		const css = '@font-face{font-family:A;src:url("/a.woff2") format("woff2"),url(/a.woff)}@font-face{font-family:B;src:url(data:font/woff2;base64,AA)}';
		expect(declaredFonts(css)).toEqual(['/a.woff2']);
	});
});

describe('weighPage', () => {
	it('counts the HTML, stylesheets (print too), icon, images and the static import graph of scripts, not dynamic imports', () => {
		const weight = weighPage(SITE, '/sop/');
		expect(weight.resources.map((r) => `${r.kind} ${r.path}`)).toEqual([
			'html /sop/',
			'icon /sop/favicon.svg',
			'css /sop/_astro/site.css',
			'css /sop/_astro/print.css',
			'js /sop/_astro/entry.js',
			'js /sop/_astro/shared.js',
			'image /sop/logo.svg',
		]);
		expect(weight.unresolved).toEqual([]);
		for (const r of weight.resources) expect(r.gzip).toBeGreaterThan(0);
	});

	it('counts declared fonts, reports missing files and other origins, and counts a shared file once', () => {
		const weight = weighPage(SITE, '/sop/wizard/');
		expect(weight.resources.filter((r) => r.kind === 'font').map((r) => r.path)).toEqual(['/sop/_astro/diagram.woff2']);
		expect(weight.resources.filter((r) => r.path === '/sop/_astro/shared.js')).toHaveLength(1);
		expect(weight.unresolved).toEqual(['/sop/_astro/tidak-ada.js', 'https://cdn.example/lib.js (another origin)']);
	});

	it('splits the bytes of a first visit, a next visit and a page’s own scripts', () => {
		const home = weighPage(SITE, '/sop/');
		const wizard = weighPage(SITE, '/sop/wizard/');
		const size = (path: string) => wizard.resources.find((r) => r.path === path)!.gzip;
		expect(gzipTotal(wizard)).toBe(wizard.resources.reduce((sum, r) => sum + r.gzip, 0));
		expect(nextVisitGzip(wizard)).toBe(size('/sop/wizard/'));
		expect(ownScriptGzip(wizard, home)).toBe(size('/sop/_astro/wizard.js'));
		expect(gzipTotal(home, ['css'])).toBe(home.resources.filter((r) => r.kind === 'css').reduce((sum, r) => sum + r.gzip, 0));
	});
});
