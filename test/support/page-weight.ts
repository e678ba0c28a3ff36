import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { resourceKind, type ResourceKind } from '../../bench/page-types';
import { GZIP_LEVEL } from '../../tools/budgets';
import { fileForPath, type BuiltSite } from './built-site';

/** A file a page loads on a first visit, with its size raw and gzip (`GZIP_LEVEL`, as a web server compresses it). */
export interface Resource {
	path: string;
	kind: ResourceKind | 'icon';
	raw: number;
	gzip: number;
}

/** What a page of a build loads on a first visit, worked out from the built files. */
export interface PageWeight {
	page: string;
	resources: Resource[];
	/** References to files the build does not hold, or to other origins. */
	unresolved: string[];
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();

/** The raw and gzip size of a built file. */
export function sizeOf(file: string): { raw: number; gzip: number } {
	let size = gzipCache.get(file);
	if (!size) {
		const content = readFileSync(file);
		size = { raw: content.length, gzip: gzipSync(content, { level: GZIP_LEVEL }).length };
		gzipCache.set(file, size);
	}
	return size;
}

/** Static imports of a built script (`import"./a.js"`, `from"./b.js"`); dynamic `import()` is left out: it loads later. */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:\bimport|\bfrom)\s*(["'])([^"']+)\1/g)].map((match) => match[2]!);
}

/** Font files a stylesheet declares with `@font-face` (the first `url()` of each, the one a browser takes). */
export function declaredFonts(css: string): string[] {
	return [...css.matchAll(/@font-face\s*{[^}]*?url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((match) => match[2]!).filter((url) => !url.startsWith('data:'));
}

/**
 * Everything a page loads before the reader does anything: the HTML, its stylesheets (print ones included, browsers
 * fetch them too), module scripts and their static imports, the icon, images, and the fonts its stylesheets declare.
 */
export function weighPage(site: BuiltSite, page: string): PageWeight {
	const resources: Resource[] = [];
	const unresolved: string[] = [];
	const seen = new Set<string>();
	const add = (reference: string, from: string, kind?: Resource['kind']): string | undefined => {
		if (reference.startsWith('data:')) return undefined;
		const url = new URL(reference, `http://site.invalid${from}`);
		if (url.origin !== 'http://site.invalid') {
			unresolved.push(`${reference} (another origin)`);
			return undefined;
		}
		if (seen.has(url.pathname)) return undefined;
		seen.add(url.pathname);
		const file = fileForPath(site, url.pathname);
		if (!file) {
			unresolved.push(reference);
			return undefined;
		}
		resources.push({ path: url.pathname, kind: kind ?? resourceKind(url.pathname), ...sizeOf(file) });
		return file;
	};
	const addScript = (reference: string, from: string) => {
		const file = add(reference, from, 'js');
		if (!file) return;
		const path = new URL(reference, `http://site.invalid${from}`).pathname;
		for (const imported of staticImports(readFileSync(file, 'utf8'))) addScript(imported, path);
	};
	const addFonts = (css: string, from: string) => {
		for (const font of declaredFonts(css)) add(font, from, 'font');
	};

	const htmlFile = add(page, page, 'html');
	if (!htmlFile) return { page, resources, unresolved };
	const root = parse(readFileSync(htmlFile, 'utf8'));
	for (const link of root.querySelectorAll('link[href]')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const href = link.getAttribute('href')!;
		if (rel.includes('stylesheet')) {
			const file = add(href, page, 'css');
			if (file) addFonts(readFileSync(file, 'utf8'), new URL(href, `http://site.invalid${page}`).pathname);
		} else if (rel.includes('icon') && !resources.some((r) => r.kind === 'icon')) add(href, page, 'icon');
		else if (rel.includes('modulepreload')) addScript(href, page);
		else if (rel.includes('preload')) add(href, page);
	}
	for (const script of root.querySelectorAll('script[src]')) addScript(script.getAttribute('src')!, page);
	for (const script of root.querySelectorAll('script:not([src])')) {
		if (script.getAttribute('type') === 'module') for (const imported of staticImports(script.text)) addScript(imported, page);
	}
	for (const style of root.querySelectorAll('style')) addFonts(style.text, page);
	for (const img of root.querySelectorAll('img[src]')) add(img.getAttribute('src')!, page, 'image');
	return { page, resources, unresolved };
}

/** Gzip bytes of the resources of a page, optionally only those of some kinds. */
export function gzipTotal(weight: PageWeight, kinds?: readonly Resource['kind'][]): number {
	return weight.resources.filter((r) => !kinds || kinds.includes(r.kind)).reduce((sum, r) => sum + r.gzip, 0);
}

/** Gzip bytes of the page opened next: everything but the stylesheets, scripts, fonts and icon a reader already has. */
export function nextVisitGzip(weight: PageWeight): number {
	return gzipTotal(weight, ['html', 'image', 'other']);
}

/** Gzip bytes of the scripts a page loads that another page (the home page) does not. */
export function ownScriptGzip(weight: PageWeight, other: PageWeight): number {
	const shared = new Set(other.resources.map((r) => r.path));
	return weight.resources.filter((r) => r.kind === 'js' && !shared.has(r.path)).reduce((sum, r) => sum + r.gzip, 0);
}
