import type { OpenDataFile, OpenDataKind } from './files';
import { translate } from './strings';
import type { Lang } from '../../model/languages';
import type { Download, DownloadFile } from '../../site/downloads';

/** The size in bytes of a text as a file holds it (UTF-8). */
export function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** The anchor of each download on the data page. */
const DOWNLOAD_IDS: Record<OpenDataKind, string> = { json: 'sop-json', schema: 'sop-schema', csv: 'dokumen-csv', bpmn: 'sop-bpmn' };

/** How an example names the file it uses: its full address, so that it can be copied and run. */
export type FileUrl = (path: string) => string;

/** The data page's entries for the open data, in the page's language, with the size of each built file. */
export async function openDataDownloads(files: OpenDataFile[], lang: Lang, url: FileUrl): Promise<Download[]> {
	const kinds = [...new Set(files.map((file) => file.kind))];
	return Promise.all(
		kinds.map(async (kind) => {
			const ofKind = files.filter((file) => file.kind === kind);
			const built: DownloadFile[] = await Promise.all(
				ofKind.map(async (file) => ({ path: file.path, bytes: byteLength(await file.contents()), ...(file.lang && { lang: file.lang }) })),
			);
			const own = ofKind.find((file) => file.lang === lang) ?? ofKind[0]!;
			return {
				id: DOWNLOAD_IDS[kind],
				title: translate(lang, `data.${kind}.title`),
				format: translate(lang, `data.${kind}.format`),
				description: translate(lang, `data.${kind}.description`),
				example: { text: translate(lang, `data.${kind}.example`, { url: url(own.path) }), code: kind !== 'bpmn' },
				files: built,
			};
		}),
	);
}

/** The data page's entry for the Mermaid source of the flow diagram (`/alur.mmd`), which the diagram publishes. */
export function mermaidDownload(files: DownloadFile[], lang: Lang): Download {
	return {
		id: 'alur-mmd',
		title: translate(lang, 'data.mermaid.title'),
		format: translate(lang, 'data.mermaid.format'),
		description: translate(lang, 'data.mermaid.description'),
		example: { text: translate(lang, 'data.mermaid.example'), code: false },
		files,
	};
}
