/**
 * The languages the site is published in. The first is the main language, served at the site root; each other
 * language is served under `/<code>/`. Adding a language: add it here, add its strings (every `strings.ts`) and its
 * step explanations (`src/content/explanations/<code>/`), and its text in the SOP data: the type checker and the
 * build name whatever is missing.
 */
export const LANGUAGES = [
	{ code: 'id', label: 'Bahasa Indonesia', englishName: 'Indonesian', locale: 'id-ID' },
	{ code: 'en', label: 'English', englishName: 'English', locale: 'en-GB' },
] as const;

/** A language code of the site. */
export type Lang = (typeof LANGUAGES)[number]['code'];

/** The main language, served at the site root. */
export type MainLang = (typeof LANGUAGES)[0]['code'];

// `@__PURE__`: the bundler drops what a browser script does not use; a plain property read would count as a side effect.
/** The language codes, the main language first. */
export const LANGS: readonly Lang[] = /* @__PURE__ */ LANGUAGES.map((language) => language.code);

/** The main language. */
export const MAIN_LANG: MainLang = /* @__PURE__ */ (() => LANGUAGES[0].code)();

/** Whether a string is one of the site's language codes. */
export function isLang(value: string | undefined): value is Lang {
	return LANGS.includes(value as Lang);
}

/** One value per language, made by `make`. */
export function perLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
	return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, T>;
}

/** The language of the SOP itself: its verbatim text is in Indonesian, whatever the language of the page. */
export const SOP_LANG: Lang = 'id';

/** The language's locale for dates and numbers (`id-ID`). */
export function localeOf(lang: Lang): string {
	return LANGUAGES.find((language) => language.code === lang)!.locale;
}
