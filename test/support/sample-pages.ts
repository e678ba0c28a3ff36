import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { LANGS, MAIN_LANG, type Lang } from '../../src/model/languages';
import { fileForPath, type BuiltSite } from './built-site';

/** The folder of the site's route files. */
export const PAGES_DIR = 'src/pages';

/** Route files that build HTML pages; endpoints (`.ts`, `.js`) build other files. */
const PAGE_FILE = /\.(astro|md|mdx|html)$/;

/** A route file of the site and the URL paths it builds. */
export interface Route {
	/** The file, relative to the pages folder (`[...locale]/langkah/[step].astro`). */
	file: string;
	/** The paths it builds under the base, without slashes at either end or `index`/`.html` (`en/langkah/x`, `404`). */
	pattern: RegExp;
	/** Whether it has a `[param]` segment: one file, a page per value. Rest parameters (`[...locale]`) alone do not make a template. */
	template: boolean;
	/** Astro's order among routes that match the same path: more segments, then more static segments, then fewer rest parameters. */
	rank: [segments: number, statics: number, rests: number];
}

/** The route a route file declares, from its path (`[...locale]/langkah/[step].astro`). */
export function routeOf(file: string): Route {
	const segments = file.replace(PAGE_FILE, '').split('/');
	if (segments.at(-1) === 'index') segments.pop();
	let regex = '';
	let afterSegment = false;
	let [named, statics, rests] = [0, 0, 0];
	segments.forEach((segment, i) => {
		const last = i === segments.length - 1;
		const rest = /^\[\.\.\.[^\]]+\]$/.test(segment);
		if (rest) {
			rests++;
			// A rest parameter stands for any number of segments, none included.
			const any = '[^/]+(?:/[^/]+)*';
			if (!last) regex += `${afterSegment ? '/' : ''}(?:${any}/)?`;
			else regex += afterSegment ? `(?:/${any})?` : `(?:${any})?`;
			afterSegment = last;
			return;
		}
		const parts = segment.split(/(\[[^\]]+\])/).filter(Boolean);
		if (parts.some((part) => part.startsWith('['))) named++;
		else statics++;
		regex += (afterSegment ? '/' : '') + parts.map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
		afterSegment = true;
	});
	return { file, pattern: new RegExp(`^${regex}$`), template: named > 0, rank: [named + statics, statics, rests] };
}

/** Every route file under a pages folder that builds HTML pages. */
export function findRoutes(pagesDir: string = PAGES_DIR): Route[] {
	return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
		.map((name) => name.split(sep).join('/'))
		.filter((name) => PAGE_FILE.test(name))
		.sort()
		.map(routeOf);
}

/** A built page's path under the base as routes see it: no slashes at either end, no `index.html` or `.html`. */
export function routePath(site: BuiltSite, page: string): string {
	return page.slice(site.base.length).replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '').replace(/\/$/, '');
}

/** The route that builds a page: of those that match, the first in Astro's order; undefined when none does. */
export function routeOfPage(routes: readonly Route[], path: string): Route | undefined {
	const compare = (a: Route, b: Route) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1] || a.rank[2] - b.rank[2];
	return routes.filter((route) => route.pattern.test(path)).sort(compare)[0];
}

/** The language of a page path under the base: the main language at the root, another under `<code>/`. */
export function languageOf(path: string): Lang {
	return LANGS.find((lang) => lang !== MAIN_LANG && (path === lang || path.startsWith(`${lang}/`))) ?? MAIN_LANG;
}

/** The size of a page's main content: the characters of its `<main>` element, or of the whole page when it has none. */
export function mainContentSize(html: string): number {
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	return start >= 0 && end > start ? end - start : html.length;
}

/** The instances of one template in one language, and the two the checks take from them. */
export interface TemplateSample {
	template: string;
	lang: Lang;
	instances: number;
	/** The instance with the least main content, and the one with the most (the same page when there is one instance). */
	shortest: string;
	longest: string;
}

/** The pages the browser checks visit, and why. */
export interface PageSample {
	/** Every page that is not an instance of a template, then the shortest and longest instance of each template in each language. */
	pages: { path: string; why: string }[];
	templates: TemplateSample[];
}

/**
 * Picks the pages of a build the browser checks run on: every page no template builds (a page matched by no route
 * file included), and of each template's instances in each language the shortest and the longest by main content.
 * Templates are found from the route files, so a new one is sampled without being listed.
 */
export function samplePages(site: BuiltSite, pages: readonly string[], routes: readonly Route[]): PageSample {
	const single: { path: string; why: string }[] = [];
	const groups = new Map<string, { template: string; lang: Lang; sized: { path: string; size: number }[] }>();
	for (const page of pages) {
		const path = routePath(site, page);
		const route = routeOfPage(routes, path);
		if (!route?.template) {
			single.push({ path: page, why: route ? route.file : 'no route file' });
			continue;
		}
		const lang = languageOf(path);
		const key = `${route.file} ${lang}`;
		if (!groups.has(key)) groups.set(key, { template: route.file, lang, sized: [] });
		groups.get(key)!.sized.push({ path: page, size: mainContentSize(readFileSync(fileForPath(site, page)!, 'utf8')) });
	}
	const inOrder = [...groups.values()].sort((a, b) => a.template.localeCompare(b.template) || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
	const templates = inOrder.map(({ template, lang, sized }): TemplateSample => {
		const bySize = [...sized].sort((a, b) => a.size - b.size || a.path.localeCompare(b.path));
		return { template, lang, instances: sized.length, shortest: bySize[0]!.path, longest: bySize.at(-1)!.path };
	});
	const sampled = templates.flatMap(({ template, lang, shortest, longest }) => [
		{ path: shortest, why: `shortest of ${template} (${lang})` },
		...(longest === shortest ? [] : [{ path: longest, why: `longest of ${template} (${lang})` }]),
	]);
	return { pages: [...single, ...sampled], templates };
}

/** The pages of a build the browser checks visit (see `samplePages`), with the site's own route files. */
export function pagesToVisit(site: BuiltSite, pages: readonly string[]): PageSample {
	return samplePages(site, pages, findRoutes(PAGES_DIR));
}

