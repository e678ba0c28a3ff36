import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_COLUMNS, documentsCsv, LIST_SEPARATOR } from './documents-csv';
import { sop } from '../../content/sop';
import { getOffice, stepsProducing, stepsRequiring } from '../../model/query';
import { loadSop } from '../../model/validate';
import type { Sop } from '../../model/schema';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

/** The CSV read back as a spreadsheet or a program reads it: byte order mark dropped, a record per row, keyed by header. */
const readBack = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, record_delimiter: '\r\n', relax_column_count: false });
const split = (cell: string) => (cell === '' ? [] : cell.split(LIST_SEPARATOR));

/** Every row, compared with the model it comes from. */
function expectRowsMatch(model: Sop, rows: Record<string, string>[]): void {
	expect(rows.map((row) => row.id)).toEqual(model.documents.map((doc) => doc.id));
	model.documents.forEach((doc, i) => {
		const row = rows[i]!;
		expect(row.name_id).toBe(doc.name.id);
		expect(row.name_en).toBe(doc.name.en);
		expect(split(row.issued_by!)).toEqual(doc.issuedBy);
		expect(split(row.issued_by_id!)).toEqual(doc.issuedBy.map((id) => getOffice(model, id).name.id));
		expect(split(row.issued_by_en!)).toEqual(doc.issuedBy.map((id) => getOffice(model, id).name.en));
		expect(split(row.needed_at_steps!).map(Number)).toEqual(stepsRequiring(model, doc.id).map((step) => step.number));
		expect(split(row.produced_at_steps!).map(Number)).toEqual(stepsProducing(model, doc.id).map((step) => step.number));
		expect(row.origin).toBe(doc.origin);
		expect(row.implied).toBe(String(doc.implied));
		expect(row.sop_words).toBe(doc.sopWords ?? '');
		expect(row.needed_when_en).toBe(doc.neededWhen?.en ?? '');
	});
}

describe('dokumen.csv', () => {
	const text = documentsCsv(sop);

	it('starts with a UTF-8 byte order mark, then the header row', () => {
		const bytes = new TextEncoder().encode(text);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text.slice(1).split('\r\n')[0]).toBe(DOCUMENT_COLUMNS.map((column) => column.name).join(','));
	});

	it('ends every record with CRLF, as RFC 4180 asks', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
		expect(text.split('\r\n').length).toBe(sop.documents.length + 2);
	});

	it('reads back to the documents of the model, one row each', () => {
		expectRowsMatch(sop, readBack(text));
		// The letter of authority: issued at no step, needed at step 19 only when a city agency signs.
		const letter = readBack(text).find((row) => row.id === 'surat-kuasa-kepala-daerah')!;
		expect(letter).toMatchObject({ origin: 'unnumbered', produced_at_steps: '', needed_at_steps: '19' });
		expect(letter.needed_when_id).not.toBe('');
	});

	it('quotes fields that hold a comma, a quote or a line break, and they read back unchanged', () => {
		const input = tinySop();
		input.documents[0]!.name = { id: 'Surat "resmi", asli', en: 'Letter,\r\nsecond line' };
		const model = loadSop(input, TINY_SOURCES);
		const csv = documentsCsv(model);
		expect(csv).toContain('"Surat ""resmi"", asli"');
		expectRowsMatch(model, readBack(csv));
	});
});
