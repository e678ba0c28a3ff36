import { MAIN_LANG, SOP_LANG } from '../../model/languages';
import { stepsForOffice } from '../../model/query';
import type { Lang, Level, Office, Sop } from '../../model/schema';
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

/** A piece of a text: an Indonesian term kept in another language's text ("Pemda"), or the text around it. */
export interface TextPiece {
	text: string;
	kept: boolean;
}

/** Splits a text at the Indonesian terms it keeps, so that a page can mark each as Indonesian. */
export function keptTerms(text: string, terms: readonly string[]): TextPiece[] {
	const escaped = terms.filter((term) => term !== '').map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (escaped.length === 0) return [{ text, kept: false }];
	const pattern = new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'u');
	return text
		.split(pattern)
		.map((piece, i) => ({ text: piece, kept: i % 2 === 1 }))
		.filter((piece) => piece.text !== '');
}

/** The short names of offices that Indonesian keeps and a language writes otherwise: the terms to mark in that language's text. */
export function indonesianTerms(sop: Sop, lang: Lang): string[] {
	return sop.offices.filter((office) => office.short[SOP_LANG] !== office.short[lang]).map((office) => office.short[SOP_LANG]);
}
