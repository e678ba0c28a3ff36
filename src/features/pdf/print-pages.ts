import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { chromium, type Route } from 'playwright-core';
import type { Orientation } from './pdf-documents';
import { chromiumArgs, findChromium } from '../../../tools/find-chromium';

/** A page to print: its root-relative path (without the base), the sheet's orientation, and the class printed alone, if any. */
export interface PrintJob {
	page: string;
	orientation: Orientation;
	only?: string;
}

/** A printed page: the PDF as Chromium wrote it, and every file the page loaded to print (its stylesheets, fonts, images). */
export interface PrintedPage {
	pdf: Uint8Array;
	/** Each file as a dependency name: `site:<path in the build>` or `font:<file of @fontsource/noto-sans>`. */
	loaded: string[];
}

/** The built site to print from: its folder and the base path its pages' links carry. */
export interface BuiltSite {
	dir: string;
	base: string;
}

/** The origin the pages are served from, answered from here: requests to it never leave Chromium. */
const PRINT_ORIGIN = 'http://sk-pdf.invalid';
/** Where the PDFs' own stylesheet and fonts are served, outside any base path. */
const OWN_PREFIX = '/_sk-pdf/';

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
	return `${fonts}\n@page { size: A4 ${job.orientation}; margin: 15mm; }\n:root { --sl-font: 'Noto Sans'; }\n${chrome}${only}`;
}

const TYPES: Record<string, string> = {
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
};

/** The file of a path in a folder, or undefined when the path leaves the folder or names no file. */
function fileIn(dir: string, relative: string): string | undefined {
	const file = normalize(join(dir, decodeURIComponent(relative)));
	return file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Prints each page of a built site to PDF in one headless Chromium session (launched once, closed at the end), with
 * the page's print styles, JavaScript off (what shows without it: blank fields stay blank). The pages and their
 * files are served from the build folder under the base path. `onPrinted` gets each PDF in the order of the jobs.
 */
export async function printPages(
	jobs: PrintJob[],
	site: BuiltSite,
	onPrinted: (printed: PrintedPage, index: number) => Promise<void> | void,
	env: Record<string, string | undefined> = process.env,
): Promise<{ chromiumCpuMilliseconds: number }> {
	if (jobs.length === 0) return { chromiumCpuMilliseconds: 0 };
	const dir = normalize(site.dir);
	const browser = await chromium.launch({ executablePath: findChromium(env, existsSync), args: chromiumArgs(process.getuid?.() === 0) });
	try {
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		let current: PrintJob = jobs[0]!;
		let loaded = new Set<string>();
		let pending = 0;
		const answer = async (route: Route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === `${OWN_PREFIX}print.css`) return route.fulfill({ contentType: 'text/css', body: printStylesheet(current) });
			if (path.startsWith(`${OWN_PREFIX}fonts/`)) {
				const name = path.slice(`${OWN_PREFIX}fonts/`.length);
				const file = fileIn(join(PDF_FONT_DIR, 'files'), name);
				if (!file) return route.fulfill({ status: 404 });
				loaded.add(`font:files/${name}`);
				return route.fulfill({ path: file, contentType: TYPES[extname(file)] });
			}
			if (!path.startsWith(site.base)) return route.fulfill({ status: 404 });
			const relative = path.slice(site.base.length);
			if (relative === '' || relative.endsWith('/')) {
				const file = fileIn(dir, join(relative, 'index.html'));
				if (!file) return route.fulfill({ status: 404 });
				// The page itself, with the PDFs' stylesheet after its own.
				const html = readFileSync(file, 'utf8').replace('</head>', `<link rel="stylesheet" href="${OWN_PREFIX}print.css"></head>`);
				return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
			}
			const file = fileIn(dir, relative);
			if (!file) return route.fulfill({ status: 404 });
			loaded.add(`site:${relative}`);
			return route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
		};
		await page.route(`${PRINT_ORIGIN}/**`, async (route) => {
			pending++;
			try {
				await answer(route);
			} finally {
				pending--;
			}
		});
		for (const [index, job] of jobs.entries()) {
			current = job;
			loaded = new Set();
			await page.goto(`${PRINT_ORIGIN}${site.base}${job.page.replace(/^\//, '')}`, { waitUntil: 'load' });
			// Fonts a print layout asks for late: wait until every request the page made is answered.
			while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 10));
			const pdf = await page.pdf({ ...PDF_OPTIONS, landscape: job.orientation === 'landscape' });
			await onPrinted({ pdf, loaded: [...loaded].sort() }, index);
		}
		const session = await browser.newBrowserCDPSession();
		const { processInfo } = await session.send('SystemInfo.getProcessInfo');
		return { chromiumCpuMilliseconds: Math.round(processInfo.reduce((sum, process) => sum + process.cpuTime, 0) * 1000) };
	} finally {
		await browser.close();
	}
}
