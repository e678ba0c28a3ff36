import { describe, expect, it } from 'vitest';
import { findPdf, officesWithChecklist, pdfDocuments } from './pdf-documents';
import { LANGS } from '../../model/languages';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);

describe('pdfDocuments', () => {
	const documents = pdfDocuments(sop);

	it('prints the SOP table and the flow on landscape A4, the partners’ table and each acting office’s checklist on portrait A4', () => {
		const id = documents.filter((doc) => doc.lang === 'id').map((doc) => [doc.kind, doc.page, doc.path, doc.orientation, doc.only]);
		expect(id).toEqual([
			['sopTable', '/tabel-sop/', '/data/tabel-sop.pdf', 'landscape', undefined],
			['flow', '/alur/', '/data/alur.pdf', 'landscape', undefined],
			['partner', '/dokumen/', '/data/dokumen-mitra.pdf', 'portrait', 'sk-partner'],
			...officesWithChecklist(sop).map((office) => ['checklist', `/peran/${office}/`, `/data/daftar-periksa-${office}.pdf`, 'portrait', undefined]),
		]);
	});

	it('makes each PDF in every language, the others under their language’s prefix', () => {
		expect(documents).toHaveLength(LANGS.length * (3 + officesWithChecklist(sop).length));
		const en = findPdf(documents, 'checklist', 'en', 'kepala')!;
		expect([en.page, en.path]).toEqual(['/en/peran/kepala/', '/en/data/daftar-periksa-kepala.pdf']);
		expect(en.title).toBe('Checklist: Kepala (en) | Bandung Technical Cooperation SOP');
		expect(new Set(documents.map((doc) => doc.path)).size).toBe(documents.length);
	});

	it('gives no checklist to an office that acts at no step', () => {
		const offices = officesWithChecklist(sop);
		expect(offices).toContain('staf');
		const idle = { ...tinySop(), offices: [...tinySop().offices, { id: 'diam', short: { id: 'Diam', en: 'Idle' }, name: { id: 'Diam', en: 'Idle' }, level: 'kota', description: { id: 'Tidak bertindak', en: 'Does nothing' } }] };
		const withIdle = loadSop(idle, TINY_SOURCES);
		expect(officesWithChecklist(withIdle)).toEqual(offices);
		expect(findPdf(pdfDocuments(withIdle), 'checklist', 'id', 'diam')).toBeUndefined();
	});
});
