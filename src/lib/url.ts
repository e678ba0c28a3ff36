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
