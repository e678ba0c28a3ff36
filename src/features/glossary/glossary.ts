import { MAIN_LANG, SOP_LANG } from '../../model/languages';
import type { Lang, Office, Sop, Term } from '../../model/schema';

/** A way the SOP writes an entry, verbatim, with the anchor that leads to it (none when another element has it). */
export interface SopForm {
	form: string;
	anchor: string | undefined;
}

/** One entry of the glossary: its anchor, its heading, the ways the SOP writes it, and what it means. */
export interface GlossaryEntry {
	id: string;
	/** The heading: an office's short name as the site writes it in Indonesian, a term as the SOP writes it. */
	short: string;
	/** Whether the SOP itself writes the heading; when it does not, the heading is the site's own label. */
	shortInSop: boolean;
	/** Every way the SOP writes the entry, verbatim (`sopForms` of an office, checked against the SOP). */
	sopForms: SopForm[];
	/** The name readers of the page's language know the entry by (for the link to its role page). */
	label: string;
	/** The full name, or undefined when it only repeats the short form. */
	full: string | undefined;
	meaning: string;
	/** Where the entry is described at length: an office's role page or a term's document. */
	seeAlso: { kind: 'office' | 'document'; id: string } | undefined;
}

/** The glossary in a language: the offices (pelaksana) and the other terms, each sorted by short form. */
export function buildGlossary(sop: Sop, lang: Lang): { offices: GlossaryEntry[]; terms: GlossaryEntry[] } {
	const anchorOf = formAnchors(sop);
	return {
		offices: sortEntries(sop.offices.map((office) => officeEntry(office, lang, anchorOf))),
		terms: sortEntries(sop.terms.map((term) => termEntry(term, lang, anchorOf))),
	};
}

/** Every anchor of the glossary page: office ids, then term ids, then the anchors of the SOP's forms. */
export function glossaryAnchors(sop: Sop): string[] {
	return [...entryIds(sop), ...formAnchors(sop).values()];
}

/** The office or term with this glossary id, as the short form and full name an abbreviation needs. */
export function lookupShortForm(sop: Sop, id: string, lang: Lang): { short: string; full: string } | undefined {
	const office = sop.offices.find((o) => o.id === id);
	if (office) return { short: office.short[lang], full: office.name[lang] };
	const term = sop.terms.find((t) => t.id === id);
	if (term) return { short: term.term, full: term.full[lang] };
	return undefined;
}

/** The anchor made from a way of writing: lower case, words joined by hyphens ("Kepala Daerah" → "kepala-daerah"). */
export function anchorFor(form: string): string {
	return form
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function entryIds(sop: Sop): string[] {
	return [...sop.offices.map((office) => office.id), ...sop.terms.map((term) => term.id)];
}

/**
 * An anchor for each way the SOP writes an office or term, so that a link to `#kepala-daerah` or `#pemda` finds the
 * entry that form belongs to. A form whose anchor is an entry's id, or another form's, gets none.
 */
function formAnchors(sop: Sop): Map<string, string> {
	const taken = new Set(entryIds(sop));
	const anchors = new Map<string, string>();
	const forms = [...sop.offices.flatMap((office) => office.sopForms), ...sop.terms.map((term) => term.term)];
	for (const form of forms) {
		const anchor = anchorFor(form);
		if (anchor === '' || taken.has(anchor)) continue;
		taken.add(anchor);
		anchors.set(form, anchor);
	}
	return anchors;
}

function officeEntry(office: Office, lang: Lang, anchorOf: Map<string, string>): GlossaryEntry {
	const short = office.short[SOP_LANG];
	const sopForms = office.sopForms.map((form) => ({ form, anchor: anchorOf.get(form) }));
	return {
		id: office.id,
		short,
		shortInSop: office.sopForms.some((form) => sameWord(form, short)),
		sopForms,
		label: office.short[lang],
		full: distinct(short, office.name[lang]),
		meaning: office.description[lang],
		seeAlso: { kind: 'office', id: office.id },
	};
}

function termEntry(term: Term, lang: Lang, anchorOf: Map<string, string>): GlossaryEntry {
	return {
		id: term.id,
		short: term.term,
		shortInSop: true,
		sopForms: [{ form: term.term, anchor: anchorOf.get(term.term) }],
		label: term.term,
		full: distinct(term.term, term.full[lang]),
		meaning: term.meaning[lang],
		seeAlso: term.document ? { kind: 'document', id: term.document } : undefined,
	};
}

function sameWord(a: string, b: string): boolean {
	return a.localeCompare(b, MAIN_LANG, { sensitivity: 'base' }) === 0;
}

function distinct(short: string, full: string): string | undefined {
	return sameWord(short, full) ? undefined : full;
}

function sortEntries(entries: GlossaryEntry[]): GlossaryEntry[] {
	return entries.sort((a, b) => a.short.localeCompare(b.short, MAIN_LANG, { sensitivity: 'base' }));
}
