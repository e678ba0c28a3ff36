// The stock Starlight fixture grown to as many pages as this site's build, so that build time per page compares like
// with like: Astro's fixed start-up cost spread over the same number of pages. The committed fixture keeps its few pages;
// the benchmark builds a copy with the extra pages written into it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The fixture's example page each extra page copies (per language folder), and the folder the copies go to. */
const TEMPLATE_PAGE = 'panduan/langkah-contoh.mdx';
/** Outside the fixture's sidebar (which lists `panduan/`): every page keeps the stock sidebar, and the pages the benchmark weighs stay as committed. */
const EXTRA_DIR = 'halaman';

/** The content folders of the fixture's languages: the root one first, then one per other locale. */
function languageFolders(docsDir: string): string[] {
	const locales = readdirSync(docsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(docsDir, entry.name, TEMPLATE_PAGE)));
	return [docsDir, ...locales.map((entry) => join(docsDir, entry.name))];
}

/** Pages of the fixture's content, `.md` and `.mdx`, in every language. */
function countDocs(docsDir: string): number {
	return readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.mdx?$/.test(name)).length;
}

/**
 * The number of pages a Starlight fixture builds whose every page exists in every language: one per content file,
 * and the page not found.
 */
export function stockPageCount(docsDir: string): number {
	return countDocs(docsDir) + 1;
}

/** How many extra pages each language gets so that the fixture builds `target` pages (or one more, when languages do not divide the gap). */
export function extraPagesPerLanguage(current: number, target: number, languages: number): number {
	return Math.max(0, Math.ceil((target - current) / languages));
}

/** The example page with a numbered title, so that each copy is a page of its own. */
export function numberedPage(template: string, number: number): string {
	return template.replace(/^title:\s*(.*)$/m, (_, title: string) => `title: ${title} ${String(number).padStart(3, '0')}`);
}

/**
 * Copies the fixture into `copyDir` (its build output and dependencies left out) and adds copies of its example page
 * in each language until it builds about `targetPages` pages. Returns the number of pages the copy builds.
 */
export function prepareStockCopy(fixtureDir: string, copyDir: string, targetPages: number): number {
	rmSync(copyDir, { recursive: true, force: true });
	cpSync(fixtureDir, copyDir, { recursive: true, filter: (source) => !/^(node_modules|dist|\.astro)(\/|$)/.test(relative(fixtureDir, source)) });
	const docsDir = join(copyDir, 'src', 'content', 'docs');
	const folders = languageFolders(docsDir);
	const perLanguage = extraPagesPerLanguage(stockPageCount(docsDir), targetPages, folders.length);
	for (const folder of folders) {
		const template = readFileSync(join(folder, TEMPLATE_PAGE), 'utf8');
		mkdirSync(join(folder, EXTRA_DIR), { recursive: true });
		for (let n = 1; n <= perLanguage; n++) writeFileSync(join(folder, EXTRA_DIR, `contoh-${String(n).padStart(3, '0')}.mdx`), numberedPage(template, n));
	}
	return stockPageCount(docsDir);
}
