import { isLang, MAIN_LANG, type Lang } from '../model/languages';

/** Prefixes a root-relative site path (`/langkah/x/`) with the deployment base (`/sop/`). */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/')) throw new Error(`withBase expects a root-relative path, got "${path}"`);
	return base.replace(/\/$/, '') + path;
}

/** The root-relative path of a page in a language: the main language at the root, another under `/<lang>/`. */
export function localePath(path: string, lang: Lang): string {
	if (!path.startsWith('/')) throw new Error(`localePath expects a root-relative path, got "${path}"`);
	return lang === MAIN_LANG ? path : `/${lang}${path}`;
}

/** A URL path under the deployment base split into its language and the page's path within that language (`langkah/x/`). */
function splitPath(pathname: string, base: string): { lang: Lang; page: string } {
	const prefix = base.replace(/\/?$/, '/');
	const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
	const [first = '', ...others] = rest.split('/');
	return first !== MAIN_LANG && isLang(first) ? { lang: first, page: others.join('/') } : { lang: MAIN_LANG, page: rest };
}

/** The language of a page from its URL path under the deployment base: `/<lang>/...`, or the main language elsewhere. */
export function langOfPath(pathname: string, base: string): Lang {
	return splitPath(pathname, base).lang;
}

/**
 * The path, with the base, of the page at `pathname` in another language: `/sop/en/langkah/x/` ↔ `/sop/langkah/x/`.
 * The one page served in a single language, the 404 page, leads to the other language's home page.
 */
export function pathInLang(pathname: string, base: string, lang: Lang): string {
	const { page } = splitPath(pathname, base);
	return withBase(localePath(/^404(?:\.html|\/)?$/.test(page) ? '/' : `/${page}`, lang), base);
}
