import type { Lang } from '../lib/sop/schema';
import { commonStrings } from './common';
import { diagramStrings } from './diagram';
import type { Strings } from './define';

/**
 * Every feature's strings, merged. A feature keeps its strings in its own file
 * (`src/i18n/<feature>.ts`, made with `defineStrings`) and is listed here once.
 */
const features = [commonStrings, diagramStrings] as const;

type KeysOf<T> = T extends Strings<infer K> ? K : never;
/** A key of the interface strings. */
export type UiKey = KeysOf<(typeof features)[number]>;

/** The site's own interface strings in each language; `{name}` placeholders are filled by `translate`. */
export const ui: Record<Lang, Record<UiKey, string>> = {
	id: Object.assign({}, ...features.map((f) => f.id)),
	en: Object.assign({}, ...features.map((f) => f.en)),
};

/** The interface string `key` in `lang`, with `{name}` placeholders replaced from `values`. */
export function translate(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return ui[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
