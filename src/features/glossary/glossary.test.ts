import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { buildGlossary, glossaryAnchors, lookupShortForm } from './glossary';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const input = tinySop();
input.offices[1]!.sopForms = ['Kepala', 'Kpl'];
input.steps[3]!.sopText = 'Kepala (Kpl) melapor.';
input.offices[3]!.name = { id: 'Mitra luar negeri', en: 'Foreign partner' };
const sop = loadSop(input, TINY_SOURCES);

describe('buildGlossary', () => {
	it('lists offices and terms sorted by short form, in the language asked', () => {
		const { offices, terms } = buildGlossary(sop, 'en');
		expect(offices.map((e) => e.short)).toEqual(['Dewan', 'Kepala', 'Mitra', 'Staf']);
		expect(offices.find((e) => e.id === 'mitra')).toEqual({ id: 'mitra', short: 'Mitra', aliases: [], full: 'Foreign partner', meaning: 'Mitra asing (en)', seeAlso: { kind: 'office', id: 'mitra' } });
		expect(terms).toEqual([{ id: 'nota-dinas', short: 'ND', aliases: [], full: 'Nota dinas (en)', meaning: 'Surat internal (en)', seeAlso: { kind: 'document', id: 'nota' } }]);
	});

	it('keeps the aliases of an office', () => {
		expect(buildGlossary(sop, 'id').offices.find((e) => e.id === 'kepala')!.aliases).toEqual(['Kpl']);
	});

	it('leaves out a full name that only repeats the short form', () => {
		expect(buildGlossary(sop, 'id').offices.find((e) => e.id === 'staf')!.full).toBeUndefined();
		expect(buildGlossary(sop, 'id').offices.find((e) => e.id === 'mitra')!.full).toBe('Mitra luar negeri');
	});
});

describe('glossaryAnchors', () => {
	it('has one anchor per office and term', () => {
		expect(glossaryAnchors(sop)).toEqual(['staf', 'kepala', 'dewan', 'mitra', 'nota-dinas']);
	});
	it('has unique anchors for the real model', () => {
		const anchors = glossaryAnchors(realSop);
		expect(new Set(anchors).size).toBe(anchors.length);
		expect(anchors.length).toBe(realSop.offices.length + realSop.terms.length);
	});
});

describe('see-also links and lookupShortForm', () => {
	it('points offices to their role page and terms to their document, when they have one', () => {
		const { offices, terms } = buildGlossary(sop, 'id');
		expect(offices.find((e) => e.id === 'kepala')?.seeAlso).toEqual({ kind: 'office', id: 'kepala' });
		expect(terms.find((e) => e.id === 'nota-dinas')?.seeAlso).toEqual({ kind: 'document', id: 'nota' });
	});
	it('finds offices and terms by glossary id', () => {
		expect(lookupShortForm(sop, 'kepala', 'en')).toEqual({ short: 'Kepala (en)', full: 'Kepala (en)' });
		expect(lookupShortForm(sop, 'nota-dinas', 'id')).toEqual({ short: 'ND', full: 'Nota dinas' });
		expect(lookupShortForm(sop, 'tidak-ada', 'id')).toBeUndefined();
	});
});

describe('the real glossary', () => {
	it('covers the short forms of the domain notes', () => {
		const { offices, terms } = buildGlossary(realSop, 'id');
		const forms = [...offices, ...terms].flatMap((e) => [e.short, ...e.aliases]);
		for (const form of ['Kasubag', 'Kabag', 'TKKSD', 'SKPD', 'Sekda', 'DPRD', 'Mendagri', 'Kemendagri', 'Bappenas', 'Sekneg', 'Kemenlu', 'BPK', 'MOU', 'Pemkot', 'Pemda', 'kjs', 'kpd', 'dgn', 'LN']) {
			expect(forms.some((f) => f.split(/[\s/–-]+/).includes(form)), form).toBe(true);
		}
	});
});
