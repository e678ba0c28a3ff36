import { MAIN_LANG } from '../../model/languages';
import { stepsForOffice } from '../../model/query';
import type { Level, Office, Sop } from '../../model/schema';
import { roleStrings } from './strings';

/** The offices of each level of government that has any, in the order of levels, each with its number of steps. */
export function officesByLevel(sop: Sop): { level: Level; offices: { office: Office; stepCount: number }[] }[] {
	return sop.levels.map((level) => ({
		level,
		offices: sop.offices.filter((office) => office.level === level.id).map((office) => ({ office, stepCount: stepsForOffice(sop, office.id).length })),
	})).filter((group) => group.offices.length > 0);
}

/** The interface-string key that counts steps: singular for one, plural otherwise. */
export function stepCountLabel(count: number): 'roles.stepCount.one' | 'roles.stepCount.other' {
	return count === 1 ? 'roles.stepCount.one' : 'roles.stepCount.other';
}

/** The key of a partner's own words for what it does with a document ("Kirim usulan kerjasama"). */
export type PartnerActKey = Extract<keyof (typeof roleStrings)[typeof MAIN_LANG], `partner.do.${string}`>;

/** The key of the partner's words for a document it issues; throws, naming the document, when the strings have none. */
export function partnerActKey(docId: string): PartnerActKey {
	const key = `partner.do.${docId}`;
	if (!(key in roleStrings[MAIN_LANG])) throw new Error(`src/features/roles/strings.ts: no string "${key}": a partner issues the document "${docId}", and its role page needs its words for it`);
	return key as PartnerActKey;
}
