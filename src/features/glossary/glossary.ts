import { MAIN_LANG } from '../../model/languages';
import type { Lang, Office, Sop, Term } from '../../model/schema';

/** One entry of the glossary: its anchor, the short form as the SOP writes it, and what it means. */
export interface GlossaryEntry {
	id: string;
	short: string;
	aliases: string[];
	/** The full name, or undefined when it only repeats the short form. */
	full: string | undefined;
	meaning: string;
	/** Where the entry is described at length: an office's role page or a term's document. */
	seeAlso: { kind: 'office' | 'document'; id: string } | undefined;
}

/** The glossary in a language: the offices (pelaksana) and the other terms, each sorted by short form. */
export function buildGlossary(sop: Sop, lang: Lang): { offices: GlossaryEntry[]; terms: GlossaryEntry[] } {
	return {
		offices: sortEntries(sop.offices.map((office) => officeEntry(office, lang))),
		terms: sortEntries(sop.terms.map((term) => termEntry(term, lang))),
	};
}

/** Every anchor of the glossary page: office ids, then term ids. */
export function glossaryAnchors(sop: Sop): string[] {
	return [...sop.offices.map((office) => office.id), ...sop.terms.map((term) => term.id)];
}

/** The office or term with this glossary id, as the short form and full name an abbreviation needs. */
export function lookupShortForm(sop: Sop, id: string, lang: Lang): { short: string; full: string } | undefined {
	const office = sop.offices.find((o) => o.id === id);
	if (office) return { short: office.short[lang], full: office.name[lang] };
	const term = sop.terms.find((t) => t.id === id);
	if (term) return { short: term.term, full: term.full[lang] };
	return undefined;
}

function officeEntry(office: Office, lang: Lang): GlossaryEntry {
	const short = office.short[MAIN_LANG];
	return { id: office.id, short, aliases: office.sopForms.filter((form) => form !== short), full: distinct(short, office.name[lang]), meaning: office.description[lang], seeAlso: { kind: 'office', id: office.id } };
}

function termEntry(term: Term, lang: Lang): GlossaryEntry {
	return { id: term.id, short: term.term, aliases: [], full: distinct(term.term, term.full[lang]), meaning: term.meaning[lang], seeAlso: term.document ? { kind: 'document', id: term.document } : undefined };
}

function distinct(short: string, full: string): string | undefined {
	return short.localeCompare(full, 'id', { sensitivity: 'base' }) === 0 ? undefined : full;
}

function sortEntries(entries: GlossaryEntry[]): GlossaryEntry[] {
	return entries.sort((a, b) => a.short.localeCompare(b.short, 'id', { sensitivity: 'base' }));
}
