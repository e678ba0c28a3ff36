import type { Lang } from '../model/schema';

/** The languages pages are built in, as Astro `getStaticPaths` entries for a `[...locale]` route. */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { lang: Lang } }[] {
	return [
		{ params: { locale: undefined }, props: { lang: 'id' } },
		{ params: { locale: 'en' }, props: { lang: 'en' } },
	];
}
