import { isLang, MAIN_LANG, type Lang } from '../model/languages';
import { langOfPath, localePath, withBase } from './url';

/** The full href of a site page in a language, with the deployment base: use it for every link written by hand. */
export function href(path: string, lang: Lang): string {
	return withBase(localePath(path, lang), import.meta.env.BASE_URL);
}

/** The language of the current page from Starlight's locale (`undefined` is the root, in the main language). */
export function langOf(locale: string | undefined): Lang {
	return isLang(locale) ? locale : MAIN_LANG;
}

/** The language of the page at this URL (for components that MDX renders without props about the page). */
export function langOfUrl(url: URL): Lang {
	return langOfPath(url.pathname, import.meta.env.BASE_URL);
}
