import { buildProcessGraph } from './bpmn-process';
import { toBpmnXml } from './bpmn-xml';
import { documentsCsv } from './documents-csv';
import { buildOpenData, DATA_VERSION, openDataJsonSchema, SCHEMA_FILE, type OpenDataContext } from './sop-json';
import { translate } from './strings';
import { LANGS, MAIN_LANG, type Lang } from '../../model/languages';
import type { Sop } from '../../model/schema';
import { routes } from '../../site/routes';
import { localePath } from '../../site/url';

/** The kinds of file the open data publishes. */
export type OpenDataKind = 'json' | 'schema' | 'csv' | 'bpmn';

/** A file of the open data: where it is published, its media type, and its text (made once, when first asked for). */
export interface OpenDataFile {
	kind: OpenDataKind;
	/** Root-relative path, without the deployment base; a file in one language carries that language's prefix. */
	path: string;
	/** The language of its text; absent when it holds every language. */
	lang?: Lang;
	/** The media type its endpoint answers with (the web server sets its own by extension). */
	contentType: string;
	contents: () => Promise<string>;
}

/** The names of the files under `/data/`. */
export const FILE_NAMES: Record<OpenDataKind, string> = { json: 'sop.json', schema: SCHEMA_FILE, csv: 'dokumen.csv', bpmn: 'sop.bpmn' };

/** A function that computes its value once, on the first call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
	let made: Promise<T> | undefined;
	return () => (made ??= make());
}

/** Formats a JSON document as the files are published: tab-indented, with a final line break. */
function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/**
 * Every file of the open data: `sop.json`, its JSON Schema and `dokumen.csv` once for both languages, `sop.bpmn` in
 * each language (a BPMN name has one language). The endpoints and the data page share these, so each is made once.
 */
export function openDataFiles(sop: Sop, context: OpenDataContext): OpenDataFile[] {
	const path = (kind: OpenDataKind, lang: Lang = MAIN_LANG) => localePath(routes.dataFile(FILE_NAMES[kind]), lang);
	return [
		{ kind: 'json', path: path('json'), contentType: 'application/json', contents: once(async () => jsonText(buildOpenData(sop, context))) },
		// The schema's titles and descriptions are in English, the language of JSON Schema tools.
		{ kind: 'schema', path: path('schema'), lang: 'en', contentType: 'application/schema+json', contents: once(async () => jsonText(openDataJsonSchema())) },
		{ kind: 'csv', path: path('csv'), contentType: 'text/csv; charset=utf-8', contents: once(async () => documentsCsv(sop)) },
		...LANGS.map(
			(lang): OpenDataFile => ({
				kind: 'bpmn',
				path: path('bpmn', lang),
				lang,
				contentType: 'application/xml',
				contents: once(() => toBpmnXml(buildProcessGraph(sop, lang), { exporter: translate(lang, 'site.title'), exporterVersion: DATA_VERSION })),
			}),
		),
	];
}

/** The file of a kind (in a language, for the kind made in each language); throws when there is none. */
export function openDataFile(files: OpenDataFile[], kind: OpenDataKind, lang?: Lang): OpenDataFile {
	const file = files.find((f) => f.kind === kind && (lang === undefined || f.lang === lang));
	if (!file) throw new Error(`No open-data file "${kind}"${lang ? ` in "${lang}"` : ''}`);
	return file;
}

/** An endpoint's answer with a file's text. */
export async function fileResponse(file: OpenDataFile): Promise<Response> {
	return new Response(await file.contents(), { headers: { 'Content-Type': file.contentType } });
}
