import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { withoutFileSizes } from './file-sizes';
import type { PdfDocument } from './pdf-documents';
import { withMetadata } from './pdf-metadata';
import { printPages, type BuiltSite } from './print-pages';
import { PDF_FONT_DIR, PDF_OPTIONS, printStylesheet } from './print-settings';
import { markUsed } from '../../../tools/build-cache';
import { findChromium } from '../../../tools/find-chromium';

/** Bump when the printing or the metadata changes in a way the cache key does not see (the key sees the settings, not the code). */
const PRINT_VERSION = 2;

/** The folder, under the project, that keeps printed PDFs between builds (not committed). */
export const PDF_CACHE_DIR = 'node_modules/.cache/sk-pdf';

/** A PDF to make: where it is printed from and published, with what metadata. */
export interface PdfRequest {
	doc: PdfDocument;
	/** The date of the content (YYYY-MM-DD), the PDF's date. */
	date?: string;
	creator: string;
	/** The origin the site is published at (`SITE_URL`), where the PDF's links to its pages lead; absent, they are removed. */
	siteOrigin?: string;
}

/** What one call did: how many PDFs were printed, how many came from the cache, the time it took, the CPU Chromium spent. */
export interface PdfStats {
	printed: number;
	fromCache: number;
	chromiumStarted: boolean;
	milliseconds: number;
	chromiumCpuMilliseconds: number;
}

/** A cache entry: the files the page loaded to print, each with a hash of its content. */
interface CacheEntry {
	loaded: Record<string, string>;
}

/** The cache folder of a project (the current directory unless told). */
export function pdfCacheDir(root: string = process.cwd()): string {
	return resolve(root, PDF_CACHE_DIR);
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The installed browser as the key sees it: its path, size and time of change (a new version changes them), without starting it. */
function chromiumIdentity(env: Record<string, string | undefined>): string {
	try {
		const path = findChromium(env, existsSync);
		const { size, mtimeMs } = statSync(path);
		return `${path} ${size} ${mtimeMs}`;
	} catch {
		return 'none';
	}
}

/** The machine's fonts (a glyph Noto Sans lacks, a list bullet, falls back to one of them), as the list fontconfig gives. */
function systemFonts(): string {
	try {
		return sha256(execFileSync('fc-list', ['--format=%{file} %{style}\n'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').sort().join('\n'));
	} catch {
		return 'none';
	}
}

const require = createRequire(import.meta.url);
/** The printing as the key sees it: this code's version, the libraries, the browser, the fonts and the options. */
function printerIdentity(env: Record<string, string | undefined>): string {
	const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
	return JSON.stringify({
		version: PRINT_VERSION,
		playwright: version('playwright-core'),
		pdfLib: version('pdf-lib'),
		font: version('@fontsource/noto-sans'),
		chromium: chromiumIdentity(env),
		systemFonts: systemFonts(),
		options: PDF_OPTIONS,
	});
}

/** The file a dependency name stands for: a file of the build, or a file of the PDFs' font package. */
function dependencyFile(name: string, site: BuiltSite): string {
	if (name.startsWith('site:')) return join(site.dir, name.slice('site:'.length));
	if (name.startsWith('font:')) return join(PDF_FONT_DIR, name.slice('font:'.length));
	throw new Error(`Unknown dependency of a PDF: ${name}`);
}

/** The hash of a dependency's content, or undefined when it is gone. */
function dependencyHash(name: string, site: BuiltSite): string | undefined {
	const file = dependencyFile(name, site);
	return existsSync(file) ? sha256(readFileSync(file)) : undefined;
}

/** The page's HTML as built, the sizes the build fills in after printing left out. */
function pageHtml(doc: PdfDocument, site: BuiltSite): string {
	const file = join(site.dir, doc.page, 'index.html');
	if (!existsSync(file)) throw new Error(`The PDF ${doc.path} is printed from ${doc.page}, which the build does not contain`);
	const html = withoutFileSizes(readFileSync(file, 'utf8'));
	if (doc.only && !new RegExp(`class="(?:[^"]* )?${doc.only}(?: [^"]*)?"`).test(html)) {
		throw new Error(`The PDF ${doc.path} prints the part "${doc.only}" of ${doc.page}, which the page does not have`);
	}
	return html;
}

/** The key of a PDF: a hash of the printer, the request (page, file, orientation, part, metadata) and the page's HTML. */
function cacheKey(printer: string, request: PdfRequest, site: BuiltSite): string {
	return createHash('sha256').update(printer).update('\0').update(JSON.stringify({ ...request, base: site.base, css: printStylesheet(request.doc) })).update('\0').update(pageHtml(request.doc, site)).digest('hex');
}

/** The cached PDF of a key when it is there and every file its page loaded is unchanged. */
function readEntry(cacheDir: string, key: string, site: BuiltSite): Uint8Array | undefined {
	const entryFile = join(cacheDir, `${key}.json`);
	const pdfFile = join(cacheDir, `${key}.pdf`);
	if (!existsSync(entryFile) || !existsSync(pdfFile)) return undefined;
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as CacheEntry;
	const unchanged = Object.entries(entry.loaded).every(([name, hash]) => dependencyHash(name, site) === hash);
	if (!unchanged) return undefined;
	markUsed([entryFile, pdfFile]);
	return readFileSync(pdfFile);
}

function writeAtomically(path: string, data: string | Uint8Array): void {
	mkdirSync(join(path, '..'), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, data);
	renameSync(temporary, path);
}

/**
 * Writes each requested PDF into the built site: from the cache when its key (a hash of the page's HTML, the print
 * settings and the metadata) is there and the stylesheets, fonts and images the page loaded are unchanged; the
 * others are printed together in one Chromium session, given their metadata, and cached.
 */
export async function makePdfs(
	requests: PdfRequest[],
	site: BuiltSite,
	cacheDir: string = pdfCacheDir(),
	env: Record<string, string | undefined> = process.env,
): Promise<{ sizes: Map<string, number>; stats: PdfStats }> {
	const started = performance.now();
	const printer = printerIdentity(env);
	const keys = requests.map((request) => cacheKey(printer, request, site));
	const pdfs = keys.map((key) => readEntry(cacheDir, key, site));
	const missing = requests.flatMap((request, i) => (pdfs[i] ? [] : [{ request, i }]));
	let chromiumCpuMilliseconds = 0;
	if (missing.length > 0) {
		({ chromiumCpuMilliseconds } = await printPages(
			missing.map(({ request: { doc } }) => ({ page: doc.page, orientation: doc.orientation, only: doc.only })),
			site,
			async ({ pdf, loaded }, index) => {
				const { request, i } = missing[index]!;
				const finished = await withMetadata(pdf, { title: request.doc.title, lang: request.doc.lang, date: request.date, creator: request.creator, siteOrigin: request.siteOrigin });
				const entry: CacheEntry = { loaded: Object.fromEntries(loaded.map((name) => [name, dependencyHash(name, site)!])) };
				writeAtomically(join(cacheDir, `${keys[i]}.pdf`), finished);
				writeAtomically(join(cacheDir, `${keys[i]}.json`), JSON.stringify(entry));
				pdfs[i] = finished;
			},
			env,
		));
	}
	const sizes = new Map<string, number>();
	for (const [i, request] of requests.entries()) {
		const pdf = pdfs[i]!;
		writeAtomically(join(site.dir, request.doc.path), pdf);
		sizes.set(request.doc.path, pdf.length);
	}
	const stats = {
		printed: missing.length,
		fromCache: requests.length - missing.length,
		chromiumStarted: missing.length > 0,
		milliseconds: Math.round(performance.now() - started),
		chromiumCpuMilliseconds,
	};
	return { sizes, stats };
}
