import type { Lang } from '../model/schema';
import { aboutStrings } from '../features/about/strings';
import { commonStrings } from './common-strings';
import { diagramStrings } from '../features/diagram/strings';
import type { Strings } from './strings';
import { documentStrings } from '../features/catalogue/strings';
import { glossaryStrings } from '../features/glossary/strings';
import { homeStrings } from '../features/home/strings';
import { navigationStrings } from './navigation-strings';
import { notFoundStrings } from './not-found-strings';
import { phasePageStrings } from '../features/phase/strings';
import { roleStrings } from '../features/roles/strings';
import { siteSearchStrings } from '../features/search/strings';
import { sopTableStrings } from '../features/sop-table/strings';
import { stepPageStrings } from '../features/step/strings';
import { wizardStrings } from '../features/wizard/strings';

/**
 * Every feature's strings, merged. A feature keeps its strings in its own file
 * (`src/i18n/<feature>.ts`, made with `defineStrings`) and is listed here once.
 */
const features = [
	commonStrings,
	navigationStrings,
	homeStrings,
	stepPageStrings,
	phasePageStrings,
	glossaryStrings,
	aboutStrings,
	sopTableStrings,
	diagramStrings,
	roleStrings,
	documentStrings,
	wizardStrings,
	siteSearchStrings,
	notFoundStrings,
] as const;

type KeysOf<T> = T extends Strings<infer K> ? K : never;
/** A key of the interface strings. */
export type UiKey = KeysOf<(typeof features)[number]>;

/** Merges the features' strings of one language; a key defined by two features is an error, not a silent override. */
export function mergeStrings(sets: Record<string, string>[]): Record<string, string> {
	const merged: Record<string, string> = {};
	for (const set of sets) {
		for (const [key, value] of Object.entries(set)) {
			if (key in merged) throw new Error(`Interface string "${key}" is defined twice in src/i18n/`);
			merged[key] = value;
		}
	}
	return merged;
}

/** The site's own interface strings in each language; `{name}` placeholders are filled by `translate`. */
export const ui = {
	id: mergeStrings(features.map((f) => f.id)),
	en: mergeStrings(features.map((f) => f.en)),
} as Record<Lang, Record<UiKey, string>>;

/** The interface string `key` in `lang`, with `{name}` placeholders replaced from `values`. */
export function translate(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return ui[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
