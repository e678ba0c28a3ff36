import type { Lang } from '../model/schema';

/** Prefixes a root-relative site path (`/langkah/x/`) with the deployment base (`/sop/`). */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/')) throw new Error(`withBase expects a root-relative path, got "${path}"`);
	return base.replace(/\/$/, '') + path;
}

/** The root-relative path of a page in a language: Indonesian at the root, English under `/en/`. */
export function localePath(path: string, lang: Lang): string {
	if (!path.startsWith('/')) throw new Error(`localePath expects a root-relative path, got "${path}"`);
	return lang === 'id' ? path : `/${lang}${path}`;
}

/** The language of a page from its URL path under the deployment base: English under `/en/`, Indonesian elsewhere. */
export function langOfPath(pathname: string, base: string): Lang {
	const prefix = base.replace(/\/?$/, '/');
	const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
	return rest === 'en' || rest.startsWith('en/') ? 'en' : 'id';
}

/**
 * The path, with the base, of the page at `pathname` in another language: `/sop/en/langkah/x/` ↔ `/sop/langkah/x/`.
 * The one page served in a single language, the 404 page, leads to the other language's home page.
 */
export function pathInLang(pathname: string, base: string, lang: Lang): string {
	const prefix = base.replace(/\/?$/, '/');
	const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
	const page = rest === 'en' || rest === 'en/' ? '' : rest.startsWith('en/') ? rest.slice('en/'.length) : rest;
	return withBase(localePath(/^404(?:\.html|\/)?$/.test(page) ? '/' : `/${page}`, lang), base);
}
