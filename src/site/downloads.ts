import { localeOf, type Lang } from '../model/languages';

/** One built file of a download: where it is and how large, and the language of its text when it has only one. */
export interface DownloadFile {
	/** Root-relative path of the file (`/data/sop.json`, `/en/data/sop.bpmn`), without the deployment base. */
	path: string;
	/** Its size in bytes, as built. */
	bytes: number;
	/** The language of its text; absent when it holds every language (or none). */
	lang?: Lang;
}

/**
 * A download the data page lists, with its words already in the page's language. Features offer their files as a
 * list of these (the open data, the PDFs), and the page shows them all; a download may have one file per language.
 */
export interface Download {
	/** A stable id, the anchor of its entry on the data page. */
	id: string;
	title: string;
	/** The format as readers know it ("JSON", "CSV (UTF-8)", "PDF, A4"). */
	format: string;
	/** What the file holds, in one sentence. */
	description: string;
	/** One line that shows a use: a command to run (`code`) or a sentence. */
	example: { text: string; code: boolean };
	files: DownloadFile[];
}

/** A size as readers read it, in kilobytes of 1000 bytes with one decimal ("12,3 kB", "12.3 kB"). */
export function formatBytes(bytes: number, lang: Lang): string {
	return new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1000);
}
