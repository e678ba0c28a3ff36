import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { catalogueEntries, documentsByIssuer, documentsByPhase, partnerTable } from './catalogue';
import { partnerOffices } from '../../model/query';
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

	it('says a document is signed when a signing step produces it', () => {
		const signed = catalogueEntries(realSop).filter((entry) => entry.signed).map((entry) => entry.doc.id);
		expect(signed).toEqual(['surat-usulan-walikota', 'mou-ditandatangani', 'perjanjian-kerjasama']);
		expect(catalogueEntries(sop).some((entry) => entry.signed)).toBe(false);
	});
});

describe('partnerTable', () => {
	const rowsOf = (model: typeof sop) =>
		partnerTable(model).map((row) => [row.step.number, row.doc.id, row.act, row.partners.map((o) => o.id), row.counterpart.relation, row.counterpart.offices.map((o) => o.id)]);

	it('lists what the partner hands in, with whom it goes to', () => {
		expect(rowsOf(sop)).toEqual([[1, 'surat', 'hand-in', ['mitra'], 'to', ['staf']]]);
	});

	it('gives the real partners their proposal (1), consent (16), the signed MOU (17), the draft (18) and the signed agreement (19), in step order', () => {
		expect(rowsOf(realSop)).toEqual([
			[1, 'usulan-kerjasama', 'hand-in', ['pihak-luar-negeri', 'pemda-pengusul'], 'to', ['staf-kln']],
			[16, 'persetujuan-pihak-luar-negeri', 'hand-in', ['pihak-luar-negeri'], 'needed-by', ['kemendagri']],
			[17, 'mou-ditandatangani', 'sign', ['pihak-luar-negeri'], 'with', ['walikota']],
			[18, 'rancangan-perjanjian', 'issue', ['pihak-luar-negeri'], 'with', ['tim-tkksd', 'skpd']],
			[19, 'perjanjian-kerjasama', 'sign', ['pihak-luar-negeri'], 'with', ['walikota', 'skpd']],
		]);
	});

	it('holds every document a partner of the real model issues, and only those', () => {
		const issued = new Set(realSop.documents.filter((doc) => doc.issuedBy.some((id) => partnerOffices(realSop).some((o) => o.id === id))).map((doc) => doc.id));
		expect(new Set(partnerTable(realSop).map((row) => row.doc.id))).toEqual(issued);
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
