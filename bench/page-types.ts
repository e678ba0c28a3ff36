// The page types the benchmark and the byte-budget test measure, each with its budget from bench/budgets.ts.
// Imported by `node` directly (type stripping): relative imports carry `.ts`, types are imported with `import type`.
import { LANGUAGES, MAIN_LANG, type Lang } from '../src/model/languages.ts';
import { PAGE_BUDGETS, type PageBudget } from '../tools/budgets.ts';

/** A kind of page: the URLs it covers, its budget and what the benchmark does with it. */
export interface PageType {
	id: string;
	/** Paths under a language's root (`''` is the home page, `langkah/x/` a step page). */
	pattern: RegExp;
	/** Undefined: measured and reported, no budget set. */
	budget?: PageBudget;
	/** Whether the benchmark runs Lighthouse on it, in both languages. */
	lighthouse: boolean;
	/** The page of the stock Starlight fixture it is compared with. */
	stock: StockPage;
}

/** The pages of the stock Starlight fixture in `bench/stock/` (a splash home page and an ordinary page). */
export type StockPage = 'home' | 'page';

/** The stock fixture's page for each kind, as paths under a language's root. */
export const STOCK_PAGES: Record<StockPage, string> = { home: '', page: 'panduan/langkah-contoh/' };

const { content: CONTENT_PAGE, diagram: DIAGRAM_PAGE, wizard: WIZARD_PAGE, changes: CHANGES_PAGE } = PAGE_BUDGETS;

/** Every page type, in the order the benchmark prints them; the build must hold a page of each, in each language. */
export const PAGE_TYPES: readonly PageType[] = [
	{ id: 'home', pattern: /^$/, budget: CONTENT_PAGE, lighthouse: true, stock: 'home' },
	{ id: 'step', pattern: /^langkah\/[^/]+\/$/, budget: CONTENT_PAGE, lighthouse: true, stock: 'page' },
	// A phase page shows the diagram of its phase, so it is held to the diagram budget.
	{ id: 'phase', pattern: /^tahap\/[^/]+\/$/, budget: DIAGRAM_PAGE, lighthouse: false, stock: 'page' },
	{ id: 'role', pattern: /^peran\/[^/]+\/$/, budget: CONTENT_PAGE, lighthouse: true, stock: 'page' },
	{ id: 'roles', pattern: /^peran\/$/, budget: CONTENT_PAGE, lighthouse: false, stock: 'page' },
	{ id: 'catalogue', pattern: /^dokumen\/$/, budget: CONTENT_PAGE, lighthouse: true, stock: 'page' },
	{ id: 'glossary', pattern: /^istilah\/(?:[^/]+\/)?$/, budget: CONTENT_PAGE, lighthouse: false, stock: 'page' },
	{ id: 'diagram', pattern: /^alur\/$/, budget: DIAGRAM_PAGE, lighthouse: true, stock: 'page' },
	{ id: 'data', pattern: /^data\/$/, budget: CONTENT_PAGE, lighthouse: false, stock: 'page' },
	{ id: 'wizard', pattern: /^posisi\//, budget: WIZARD_PAGE, lighthouse: true, stock: 'page' },
	// The comparison with later regulations: every step's SOP sentence and the quotes beside it.
	{ id: 'changes', pattern: /^perubahan\/$/, budget: CHANGES_PAGE, lighthouse: true, stock: 'page' },
	// The whole flow by status: a flow diagram page.
	{ id: 'changes-flow', pattern: /^perubahan\/alur\/$/, budget: DIAGRAM_PAGE, lighthouse: false, stock: 'page' },
	{ id: 'summary', pattern: /^ringkasan\/$/, lighthouse: false, stock: 'page' },
];

/** The languages of the site: the main one at the root, each other under `<code>/`. */
export const LANGS = LANGUAGES.map((language) => language.code);
/** A language of the site. */
export type BenchLang = Lang;

/** The path of a page under its language's root (`langkah/x/`), and its language; undefined outside `base`. */
export function splitLocale(urlPath: string, base: string): { lang: BenchLang; path: string } | undefined {
	if (!urlPath.startsWith(base)) return undefined;
	const rest = urlPath.slice(base.length);
	const other = LANGS.find((lang) => lang !== MAIN_LANG && rest.startsWith(`${lang}/`));
	return other ? { lang: other, path: rest.slice(other.length + 1) } : { lang: MAIN_LANG, path: rest };
}

/** The pages of a build (URL paths under `base`) that belong to a page type in a language. */
export function pagesOfType(pages: readonly string[], base: string, type: PageType, lang: BenchLang): string[] {
	return pages.filter((page) => {
		const located = splitLocale(page, base);
		return located?.lang === lang && type.pattern.test(located.path);
	});
}

/** What a resource is, from its URL path: the columns of the benchmark's table. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** The kind of a resource from its URL path (a path ending in `/` is a page). */
export function resourceKind(urlPath: string): ResourceKind {
	const path = urlPath.replace(/[?#].*$/, '');
	if (path.endsWith('/') || path.endsWith('.html')) return 'html';
	if (path.endsWith('.css')) return 'css';
	if (/\.m?js$/.test(path)) return 'js';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (/\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(path)) return 'image';
	return 'other';
}

/** Whether a URL path belongs to the search interface, which must not load before search is opened. */
export function isSearchAsset(urlPath: string): boolean {
	return /\/pagefind\/|\/_astro\/ui-core\.[^/]+\.js$|\/_astro\/ui\.[^/]+\.css$/.test(urlPath);
}
