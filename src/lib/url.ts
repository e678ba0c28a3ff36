import type { Lang } from './sop/schema';

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
