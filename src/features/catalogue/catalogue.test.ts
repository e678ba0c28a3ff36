import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { catalogueEntries, documentsByIssuer, documentsByPhase, partnerDocuments } from './catalogue';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const input = tinySop();
input.documents.reverse();
const sop = loadSop(input, TINY_SOURCES);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('catalogueEntries', () => {
	it('lists every document once, ordered by the first step that uses it', () => {
		expect(catalogueEntries(sop).map((entry) => entry.doc.id)).toEqual(['surat', 'nota', 'izin', 'laporan']);
	});

	it('names issuers, recipients and the steps that produce and need a document', () => {
		const nota = catalogueEntries(sop).find((entry) => entry.doc.id === 'nota')!;
		expect(ids(nota.issuers)).toEqual(['staf']);
		expect(ids(nota.recipients)).toEqual(['kepala']);
		expect(ids(nota.producedAt)).toEqual(['tulis']);
		expect(ids(nota.neededAt)).toEqual(['setujui']);
		const surat = catalogueEntries(sop).find((entry) => entry.doc.id === 'surat')!;
		expect(surat.producedAt).toEqual([]);
		expect(ids(surat.neededAt)).toEqual(['terima', 'tulis']);
	});

	it('covers every document of the real model, each made by a step or coming from elsewhere', () => {
		const entries = catalogueEntries(realSop);
		expect(entries.map((entry) => entry.doc.id).sort()).toEqual(realSop.documents.map((doc) => doc.id).sort());
		for (const entry of entries) expect(entry.producedAt.length > 0, entry.doc.id).toBe(entry.doc.origin === 'step');
	});
});

describe('partnerDocuments', () => {
	it('keeps only documents from outside the city government', () => {
		expect(partnerDocuments(sop).map((entry) => entry.doc.id)).toEqual(['surat']);
	});

	it('gives the proposal and the partner’s consent in the real model', () => {
		expect(partnerDocuments(realSop).map((entry) => entry.doc.id)).toEqual(['usulan-kerjasama', 'persetujuan-pihak-luar-negeri']);
	});
});

describe('documentsByPhase', () => {
	it('gives each phase its kelengkapan and output, each document once with the steps that use it', () => {
		const phases = documentsByPhase(sop);
		expect(phases.map((p) => p.phase.id)).toEqual(['awal', 'akhir']);
		const [awal, akhir] = phases;
		expect(awal!.needs.map((d) => [d.doc.id, ids(d.steps)])).toEqual([['surat', ['terima', 'tulis']]]);
		expect(awal!.produces.map((d) => [d.doc.id, ids(d.steps)])).toEqual([['nota', ['tulis']]]);
		expect(akhir!.needs.map((d) => [d.doc.id, ids(d.steps)])).toEqual([
			['nota', ['setujui']],
			['izin', ['lapor']],
		]);
		expect(akhir!.produces.map((d) => d.doc.id)).toEqual(['izin', 'laporan']);
	});

	it('includes every document the real model’s steps need', () => {
		const needed = new Set(realSop.steps.flatMap((step) => step.requires));
		const listed = new Set(documentsByPhase(realSop).flatMap((p) => p.needs.map((d) => d.doc.id)));
		expect(listed).toEqual(needed);
	});
});

describe('documentsByIssuer', () => {
	it('groups documents under each office that issues any, in the order of offices', () => {
		expect(documentsByIssuer(sop).map((g) => [g.office.id, g.entries.map((e) => e.doc.id)])).toEqual([
			['staf', ['nota']],
			['kepala', ['laporan']],
			['dewan', ['izin']],
			['mitra', ['surat']],
		]);
	});

	it('lists a document under each of its issuers in the real model', () => {
		const groups = documentsByIssuer(realSop);
		for (const doc of realSop.documents) {
			for (const issuer of doc.issuedBy) expect(groups.find((g) => g.office.id === issuer)?.entries.map((e) => e.doc.id)).toContain(doc.id);
		}
	});
});
