import { stringify } from 'csv-stringify/sync';
import { getOffice, stepsProducing, stepsRequiring } from '../../model/query';
import { LANGS } from '../../model/languages';
import type { Sop, SopDocument } from '../../model/schema';

/** How several values share one cell: step numbers, office ids and names. */
export const LIST_SEPARATOR = '; ';

/** One column of `dokumen.csv`: its name in the header row and its value for a document. */
interface Column {
	name: string;
	value: (doc: SopDocument, sop: Sop) => string;
}

const list = (values: (string | number)[]) => values.join(LIST_SEPARATOR);

/**
 * The columns of `dokumen.csv`, in order. Names are stable identifiers for programs (snake_case, a language code
 * where the value is text in that language); booleans are `true`/`false`; several values are joined by `; `.
 */
export const DOCUMENT_COLUMNS: readonly Column[] = [
	{ name: 'id', value: (doc) => doc.id },
	...LANGS.map((lang) => ({ name: `name_${lang}`, value: (doc: SopDocument) => doc.name[lang] })),
	{ name: 'issued_by', value: (doc) => list(doc.issuedBy) },
	...LANGS.map((lang) => ({ name: `issued_by_${lang}`, value: (doc: SopDocument, sop: Sop) => list(doc.issuedBy.map((id) => getOffice(sop, id).name[lang])) })),
	{ name: 'needed_at_steps', value: (doc, sop) => list(stepsRequiring(sop, doc.id).map((step) => step.number)) },
	{ name: 'produced_at_steps', value: (doc, sop) => list(stepsProducing(sop, doc.id).map((step) => step.number)) },
	{ name: 'origin', value: (doc) => doc.origin },
	{ name: 'implied', value: (doc) => String(doc.implied) },
	{ name: 'sop_words', value: (doc) => doc.sopWords ?? '' },
	...LANGS.map((lang) => ({ name: `needed_when_${lang}`, value: (doc: SopDocument) => doc.neededWhen?.[lang] ?? '' })),
];

/** The rows of `dokumen.csv`: one per document, in the model's order, each a list of cells in column order. */
export function documentRows(sop: Sop): string[][] {
	return sop.documents.map((doc) => DOCUMENT_COLUMNS.map((column) => column.value(doc, sop)));
}

/**
 * The text of `dokumen.csv`: a byte order mark (so that spreadsheets read it as UTF-8), a header row, then one row per
 * document; RFC 4180 (CRLF line ends, fields quoted when they hold a comma, a quote or a line break).
 */
export function documentsCsv(sop: Sop): string {
	return stringify(documentRows(sop), {
		bom: true,
		header: true,
		columns: DOCUMENT_COLUMNS.map((column) => column.name),
		record_delimiter: 'windows',
	});
}
