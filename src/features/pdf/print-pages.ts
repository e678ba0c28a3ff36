import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Route } from 'playwright-core';
import { OWN_PREFIX, PDF_FONT_DIR, PDF_OPTIONS, PRINT_ORIGIN, printStylesheet, type PrintJob } from './print-settings';
import { chromiumArgs, findChromium } from '../../../tools/find-chromium';

/**
 * Playwright, loaded when there is something to print: a build whose PDFs are all cached never holds it in memory.
 * Node's own `require`: it works at any point of the build, as the build's module loader does not.
 */
function loadPlaywright(): typeof import('playwright-core') {
	return createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
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
	let decoded: string;
	try {
		decoded = decodeURIComponent(relative);
	} catch {
		return undefined;
	}
	const file = normalize(join(dir, decoded));
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
	const { chromium } = loadPlaywright();
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
