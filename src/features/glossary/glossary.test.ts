import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { anchorFor, buildGlossary, glossaryAnchors, lookupShortForm } from './glossary';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const input = tinySop();
input.offices[1]!.sopForms = ['Kepala', 'Kpl'];
input.offices[1]!.short = { id: 'Kepala Kota', en: 'Head' };
input.steps[3]!.sopText = 'Kepala (Kpl) melapor.';
input.offices[3]!.name = { id: 'Mitra luar negeri', en: 'Foreign partner' };
const sop = loadSop(input, TINY_SOURCES);

describe('buildGlossary', () => {
	it('lists offices and terms sorted by their Indonesian short form, with meanings in the language asked', () => {
		const { offices, terms } = buildGlossary(sop, 'en');
		expect(offices.map((e) => e.short)).toEqual(['Dewan', 'Kepala Kota', 'Mitra', 'Staf']);
		expect(offices.find((e) => e.id === 'mitra')).toMatchObject({ short: 'Mitra', label: 'Mitra (en)', full: 'Foreign partner', meaning: 'Mitra asing (en)', seeAlso: { kind: 'office', id: 'mitra' } });
		expect(terms).toEqual([
			{ id: 'nota-dinas', short: 'ND', shortInSop: true, sopForms: [{ form: 'ND', anchor: 'nd' }], label: 'ND', full: 'Nota dinas (en)', meaning: 'Surat internal (en)', seeAlso: { kind: 'document', id: 'nota' } },
		]);
	});

	it('gives every way the SOP writes an office, and says when the heading is the site’s own label', () => {
		const kepala = buildGlossary(sop, 'id').offices.find((e) => e.id === 'kepala')!;
		expect(kepala.sopForms.map((f) => f.form)).toEqual(['Kepala', 'Kpl']);
		expect(kepala.shortInSop).toBe(false);
		expect(buildGlossary(sop, 'id').offices.find((e) => e.id === 'staf')!.shortInSop).toBe(true);
	});

	it('gives each form an anchor of its own, unless an entry or another form has it', () => {
		const kepala = buildGlossary(sop, 'id').offices.find((e) => e.id === 'kepala')!;
		expect(kepala.sopForms).toEqual([
			{ form: 'Kepala', anchor: undefined },
			{ form: 'Kpl', anchor: 'kpl' },
		]);
	});

	it('leaves out a full name that only repeats the short form', () => {
		expect(buildGlossary(sop, 'id').offices.find((e) => e.id === 'staf')!.full).toBeUndefined();
		expect(buildGlossary(sop, 'id').offices.find((e) => e.id === 'mitra')!.full).toBe('Mitra luar negeri');
	});
});

describe('anchorFor', () => {
	it('joins the words of a form with hyphens, in lower case', () => {
		expect(anchorFor('Kepala Daerah')).toBe('kepala-daerah');
		expect(anchorFor('Ditjen Pengelolaan Utang - Kemenkeu')).toBe('ditjen-pengelolaan-utang-kemenkeu');
		expect(anchorFor('surat kuasa/full power')).toBe('surat-kuasa-full-power');
	});
});

describe('glossaryAnchors', () => {
	it('has one anchor per office and term, then those of the forms', () => {
		expect(glossaryAnchors(sop)).toEqual(['staf', 'kepala', 'dewan', 'mitra', 'nota-dinas', 'kpl', 'nd']);
	});
	it('has unique anchors for the real model', () => {
		const anchors = glossaryAnchors(realSop);
		expect(new Set(anchors).size).toBe(anchors.length);
	});
	it('keeps the anchors of entries the glossary once had, #pemda and #kepala-daerah, on the forms that took their place', () => {
		const { offices } = buildGlossary(realSop, 'id');
		const owner = (anchor: string) => offices.find((e) => e.sopForms.some((f) => f.anchor === anchor))?.id;
		expect(owner('pemda')).toBe('pemda-pengusul');
		expect(owner('kepala-daerah')).toBe('walikota');
	});
});

describe('see-also links and lookupShortForm', () => {
	it('points offices to their role page and terms to their document, when they have one', () => {
		const { offices, terms } = buildGlossary(sop, 'id');
		expect(offices.find((e) => e.id === 'kepala')?.seeAlso).toEqual({ kind: 'office', id: 'kepala' });
		expect(terms.find((e) => e.id === 'nota-dinas')?.seeAlso).toEqual({ kind: 'document', id: 'nota' });
	});
	it('finds offices and terms by glossary id', () => {
		expect(lookupShortForm(sop, 'kepala', 'en')).toEqual({ short: 'Head', full: 'Kepala (en)' });
		expect(lookupShortForm(sop, 'nota-dinas', 'id')).toEqual({ short: 'ND', full: 'Nota dinas' });
		expect(lookupShortForm(sop, 'tidak-ada', 'id')).toBeUndefined();
	});
});

describe('the real glossary', () => {
	const { offices, terms } = buildGlossary(realSop, 'id');
	const entries = [...offices, ...terms];

	it('has an entry for every way the SOP writes an office or term', () => {
		const forms = entries.flatMap((e) => e.sopForms.map((f) => f.form));
		for (const office of realSop.offices) for (const form of office.sopForms) expect(forms, form).toContain(form);
		for (const term of realSop.terms) expect(forms).toContain(term.term);
	});

	it('says which headings the SOP does not write: the site’s own short labels', () => {
		expect(entries.filter((e) => !e.shortInSop).map((e) => e.short)).toEqual(
			realSop.offices.filter((o) => !o.sopForms.some((f) => f.toLowerCase() === o.short.id.toLowerCase())).map((o) => o.short.id).sort((a, b) => a.localeCompare(b, 'id')),
		);
		for (const label of ['Sekda', 'Kemenlu', 'K/L terkait', 'Kasubag KLN']) expect(entries.find((e) => e.short === label)?.shortInSop, label).toBe(false);
	});
});
