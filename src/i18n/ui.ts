import type { Lang } from '../lib/sop/schema';
import { aboutStrings } from './about';
import { commonStrings } from './common';
import { diagramStrings } from './diagram';
import type { Strings } from './define';
import { documentStrings } from './documents';
import { glossaryStrings } from './glossary';
import { homeStrings } from './home';
import { navigationStrings } from './navigation';
import { notFoundStrings } from './not-found';
import { phasePageStrings } from './phase-page';
import { roleStrings } from './roles';
import { siteSearchStrings } from './site-search';
import { sopTableStrings } from './sop-table';
import { stepPageStrings } from './step-page';
import { wizardStrings } from './wizard';

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
