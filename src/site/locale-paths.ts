import { LANGS, MAIN_LANG, type Lang } from '../model/languages';

/** The languages pages are built in, as Astro `getStaticPaths` entries for a `[...locale]` route: the main language at the root. */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { lang: Lang } }[] {
	return LANGS.map((lang) => ({ params: { locale: lang === MAIN_LANG ? undefined : lang }, props: { lang } }));
}
