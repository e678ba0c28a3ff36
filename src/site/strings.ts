import type { Lang } from '../model/schema';

/** A feature's interface strings: the same keys in every language. */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** Declares a feature's strings; the type checker refuses an English set whose keys differ from the Indonesian. */
export function defineStrings<const K extends string>(strings: { id: Record<K, string>; en: Record<NoInfer<K>, string> }): Strings<K> {
	return strings;
}
