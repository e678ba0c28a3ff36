import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Orientation } from './pdf-documents';

/** A page to print: its root-relative path (without the base), the sheet's orientation, and the class printed alone, if any. */
export interface PrintJob {
	page: string;
	orientation: Orientation;
	only?: string;
}

/** The origin the pages are printed from, answered inside Chromium: links in a printed PDF point to it until they are rewritten. */
export const PRINT_ORIGIN = 'http://sk-pdf.invalid';

/** Where the PDFs' own stylesheet and fonts are served, outside any base path. */
export const OWN_PREFIX = '/_sk-pdf/';

const require = createRequire(import.meta.url);
/** The folder of the PDFs' font, Noto Sans (the diagram's font too), from the @fontsource package. */
export const PDF_FONT_DIR = dirname(require.resolve('@fontsource/noto-sans/package.json'));
/** The weights and styles of Noto Sans the site's text uses (normal, semi-bold labels, bold headings, italic quotes). */
const FONT_STYLESHEETS = ['400.css', '400-italic.css', '600.css', '700.css'];

/** Options of Chromium's `page.pdf()` for every PDF: A4 unless the page's CSS names its size, tagged, with an outline. */
export const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: false, tagged: true, outline: true } as const;

/**
 * The stylesheet added to a page printed as a PDF: the sheet's size when the page's own print styles name none,
 * no navigation, Noto Sans for the text (so that a PDF looks the same whichever fonts the building machine has), and, for a PDF of
 * one part of a page, the rest of the page's content left out.
 */
export function printStylesheet(job: Pick<PrintJob, 'orientation' | 'only'>): string {
	const fonts = FONT_STYLESHEETS.map((file) => readFileSync(join(PDF_FONT_DIR, file), 'utf8').replaceAll('url(./files/', `url(${OWN_PREFIX}fonts/`)).join('\n');
	const only = job.only ? `@media print { .sl-markdown-content > :not(.${job.only}, .sk-print-only) { display: none !important; } }\n` : '';
	// No navigation on paper, on any page: the site's header, the sidebars and the previous/next links.
	const chrome = '@media print { .page > header, nav.sidebar, .right-sidebar-container, .pagination-links { display: none !important; } }\n';
	// Letters, not ligatures: a PDF reader gives the text of an "ff" ligature back as "ff" set apart ("sta ff") in what
	// some Chromium versions print (Debian 12's 150), so a reader's search or copy would miss the word.
	const letters = '@media print { * { font-variant-ligatures: none !important; } }\n';
	return `${fonts}\n@page { size: A4 ${job.orientation}; margin: 15mm; }\n:root { --sl-font: 'Noto Sans'; }\n${chrome}${letters}${only}`;
}
