import type { Lang } from '../model/languages';
import { hasContact, type Contact } from './settings';
import { translate } from './site-strings';

/** The id of the contact block every page ends with, which "ask the Sub Bagian" sentences link to. */
export const CONTACT_ANCHOR = 'kontak';

/** A sentence cut around its first mention of the unit readers are told to ask, so that the mention can be a link. */
export interface UnitMention {
	before: string;
	unit: string;
	after: string;
}

/** The sentence cut at its first mention of the Sub Bagian (as the site's strings name it), or undefined when it names none. */
export function findUnitMention(text: string, lang: Lang): UnitMention | undefined {
	const unit = translate(lang, 'contact.unit');
	const at = text.indexOf(unit);
	return at < 0 ? undefined : { before: text.slice(0, at), unit, after: text.slice(at + unit.length) };
}

/** Whether "ask the Sub Bagian" sentences link to the contact block: only when the settings say how to reach it. */
export function linksToContact(contact: Contact): boolean {
	return hasContact(contact);
}
