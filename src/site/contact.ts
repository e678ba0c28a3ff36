import { localeOf, type Lang } from '../model/languages';
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

/** The `tel:` address of a telephone number as written for readers ("+62 22 423 0000" → "tel:+62224230000"). */
export function telephoneHref(telephone: string): string {
	return `tel:${telephone.replace(/[^\d+]/g, '')}`;
}

/** The name of the unit readers are told to ask, as the settings give it, else as the site's strings name it. */
export function unitName(contact: Contact, lang: Lang): string {
	return contact.unitName?.[lang] ?? translate(lang, 'contact.unit');
}

/** A date of the content (YYYY-MM-DD) written out in a language's way ("12 Mei 2025", "12 May 2025"). */
export function formatContentDate(date: string, lang: Lang): string {
	return dateFormat(lang).format(new Date(`${date}T00:00:00Z`));
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A language's long date format, made once: every page's footer writes the date, and making a format is slow. */
function dateFormat(lang: Lang): Intl.DateTimeFormat {
	let format = dateFormats.get(lang);
	if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' })));
	return format;
}
