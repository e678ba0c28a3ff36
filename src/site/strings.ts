import { LANGS, type Lang, type MainLang } from '../model/languages';

/** A feature's interface strings: the same keys in every language. */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** The keys of a set of strings. */
export type KeysOf<S> = S extends Strings<infer K> ? K : never;

/** Declares a feature's strings; the type checker refuses a language whose keys differ from the main language's. */
export function defineStrings<const K extends string>(
	strings: { [L in MainLang]: Record<K, string> } & { [L in Exclude<Lang, MainLang>]: Record<NoInfer<K>, string> },
): Strings<K> {
	return strings as Strings<K>;
}

/** Fills the `{name}` placeholders of a template from `values`; an unknown placeholder stays visible. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Merges sets of strings of one language; a key defined twice is an error, not a silent override. */
export function mergeStrings(sets: Record<string, string>[]): Record<string, string> {
	const merged: Record<string, string> = {};
	for (const set of sets) {
		for (const [key, value] of Object.entries(set)) {
			if (key in merged) throw new Error(`Interface string "${key}" is defined twice`);
			merged[key] = value;
		}
	}
	return merged;
}

/** A function that gives the string `key` of the given sets in a language, placeholders filled. */
export type Translate<K extends string> = (lang: Lang, key: K, values?: Record<string, string | number>) => string;

/** The `translate` of a feature: its own strings and the site's, merged once. */
export function translator<const S extends readonly Strings<string>[]>(...sets: S): Translate<KeysOf<S[number]>> {
	const merged = {} as Record<Lang, Record<string, string>>;
	for (const lang of LANGS) merged[lang] = mergeStrings(sets.map((set) => set[lang]));
	return (lang, key, values) => fill(merged[lang]![key]!, values);
}
