import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages } from './built-site';
import { findRoutes, languageOf, mainContentSize, routeOf, routeOfPage, samplePages } from './sample-pages';

/** Writes files (path → content) under a new temporary folder and returns it. */
function folderWith(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'sample-pages-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

/** A built page whose main content is `words` words long. */
const page = (words: number) => `<!doctype html><html><body><nav>menu</nav><main>${'kata '.repeat(words)}</main></body></html>`;

describe('routeOf', () => {
	it('reads a route file as the paths it builds, a rest parameter standing for any number of segments', () => {
		const step = routeOf('[...locale]/langkah/[step].astro');
		expect(step.template).toBe(true);
		for (const path of ['langkah/a', 'en/langkah/a']) expect(step.pattern.test(path), path).toBe(true);
		for (const path of ['langkah', 'langkah/a/b', 'en/peran/a']) expect(step.pattern.test(path), path).toBe(false);
		const home = routeOf('[...locale]/index.astro');
		expect(home.template).toBe(false);
		expect(['', 'en'].every((path) => home.pattern.test(path))).toBe(true);
		expect(routeOf('[...locale]/peran/index.astro').pattern.test('en/peran')).toBe(true);
		expect(routeOf('404.astro').pattern.test('404')).toBe(true);
		expect(routeOf('docs/[...slug].astro').template).toBe(false);
		expect(routeOf('kartu-[id].astro')).toMatchObject({ template: true, pattern: /^kartu-[^/]+$/ });
	});

	it('ranks routes as Astro does: a longer route, then a more static one, wins a path both match', () => {
		const routes = ['[...locale]/alur.astro', '[...locale]/langkah/[step].astro', '[...locale]/langkah/alur.astro'].map(routeOf);
		expect(routeOfPage(routes, 'langkah/alur')?.file).toBe('[...locale]/langkah/alur.astro');
		expect(routeOfPage(routes, 'en/langkah/b')?.file).toBe('[...locale]/langkah/[step].astro');
		expect(routeOfPage(routes, 'alur')?.file).toBe('[...locale]/alur.astro');
		expect(routeOfPage(routes, 'tidak/ada/di/sini')).toBeUndefined();
	});
});

describe('languageOf and mainContentSize', () => {
	it('tells the language by the first segment', () => {
		expect(['', 'langkah/a', 'en', 'en/langkah/a', 'entri'].map(languageOf)).toEqual(['id', 'id', 'en', 'en', 'id']);
	});
	it('measures the main element, or the page without one', () => {
		expect(mainContentSize(page(3)) - mainContentSize(page(1))).toBe(10);
		expect(mainContentSize('<p>x</p>')).toBe(8);
	});
});

describe('samplePages', () => {
	const pagesDir = folderWith({
		'404.astro': '',
		'[...locale]/index.astro': '',
		'[...locale]/alur.astro': '',
		'[...locale]/alur.mmd.ts': '',
		'[...locale]/langkah/[step].astro': '',
		'[...locale]/peran/index.astro': '',
		'[...locale]/peran/[office].astro': '',
	});
	const site = {
		base: '/sop/',
		dir: folderWith({
			'404.html': page(5),
			'index.html': page(5),
			'en/index.html': page(5),
			'alur/index.html': page(5),
			'alur.mmd': 'flowchart',
			'langkah/a/index.html': page(30),
			'langkah/b/index.html': page(10),
			'langkah/c/index.html': page(20),
			'en/langkah/a/index.html': page(12),
			'en/langkah/b/index.html': page(11),
			'en/langkah/c/index.html': page(40),
			'peran/index.html': page(5),
			'peran/x/index.html': page(5),
			'en/peran/x/index.html': page(5),
			'lain/index.html': page(5),
		}),
	};
	const routes = findRoutes(pagesDir);

	it('finds the route files that build pages, endpoints left out', () => {
		expect(routes.map((route) => route.file)).not.toContain('[...locale]/alur.mmd.ts');
		expect(routes.filter((route) => route.template).map((route) => route.file)).toEqual(['[...locale]/langkah/[step].astro', '[...locale]/peran/[office].astro']);
	});

	it('keeps every page no template builds, and the shortest and longest instance of each template in each language', () => {
		const sample = samplePages(site, listPages(site), routes);
		expect(sample.pages).toEqual([
			{ path: '/sop/', why: '[...locale]/index.astro' },
			{ path: '/sop/404.html', why: '404.astro' },
			{ path: '/sop/alur/', why: '[...locale]/alur.astro' },
			{ path: '/sop/en/', why: '[...locale]/index.astro' },
			// A rest parameter matches any path: to Astro this page is the home route with the locale "lain".
			{ path: '/sop/lain/', why: '[...locale]/index.astro' },
			{ path: '/sop/peran/', why: '[...locale]/peran/index.astro' },
			{ path: '/sop/langkah/b/', why: 'shortest of [...locale]/langkah/[step].astro (id)' },
			{ path: '/sop/langkah/a/', why: 'longest of [...locale]/langkah/[step].astro (id)' },
			{ path: '/sop/en/langkah/b/', why: 'shortest of [...locale]/langkah/[step].astro (en)' },
			{ path: '/sop/en/langkah/c/', why: 'longest of [...locale]/langkah/[step].astro (en)' },
			{ path: '/sop/peran/x/', why: 'shortest of [...locale]/peran/[office].astro (id)' },
			{ path: '/sop/en/peran/x/', why: 'shortest of [...locale]/peran/[office].astro (en)' },
		]);
		expect(sample.templates.map(({ template, lang, instances }) => `${template} ${lang} ${instances}`)).toEqual([
			'[...locale]/langkah/[step].astro id 3',
			'[...locale]/langkah/[step].astro en 3',
			'[...locale]/peran/[office].astro id 1',
			'[...locale]/peran/[office].astro en 1',
		]);
	});

	it('samples a new template without being told of it, and keeps a page no route file explains', () => {
		const withGlossary = findRoutes(folderWith({ 'index.astro': '', 'istilah/[term].astro': '' }));
		const glossary = {
			base: '/',
			dir: folderWith({ 'index.html': page(1), 'istilah/a/index.html': page(9), 'istilah/b/index.html': page(2), 'istilah/c/index.html': page(5), 'lain/index.html': page(1) }),
		};
		expect(samplePages(glossary, listPages(glossary), withGlossary).pages).toEqual([
			{ path: '/', why: 'index.astro' },
			{ path: '/lain/', why: 'no route file' },
			{ path: '/istilah/b/', why: 'shortest of istilah/[term].astro (id)' },
			{ path: '/istilah/a/', why: 'longest of istilah/[term].astro (id)' },
		]);
	});
});
