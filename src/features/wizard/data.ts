import { resultStrings, type ResultStrings } from './strings';
import type { Lang } from '../../model/schema';
import { compactSop, type WizardSop } from './model';

/** What the wizard page hands to its script as JSON: the parts of the model it reads, and its strings. */
export interface WizardData {
	lang: Lang;
	sop: WizardSop;
	strings: ResultStrings;
}

/** The wizard's data for a language. */
export function wizardData(sop: WizardSop, lang: Lang): WizardData {
	return { lang, sop: compactSop(sop), strings: resultStrings(lang) };
}

/** JSON that is safe inside a `<script type="application/json">` element. */
export function toScriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
