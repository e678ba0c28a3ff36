// Every budget of the project in one place: page weight and requests, Lighthouse, the build, the wizard's and the
// diagram's own budgets, and the wall time of `npm test`. The byte-budget tests, the benchmark and the tools import them.
// Imported by `node` directly (type stripping): no enums, types imported with `import type`.
// Sizes are gzip (level 6, as a web server compresses) in KB of 1000 bytes.

/** What a page may weigh (gzip KB) and request on a first visit, before search is opened. */
export interface PageBudget {
	/** Everything the first visit loads: HTML, CSS, JavaScript, fonts, images. */
	totalKB: number;
	/** Requests of a first visit, the page itself included. */
	requests?: number;
	/** The same page opened next, with CSS, fonts and scripts already cached. */
	nextKB?: number;
	/** JavaScript the page loads that the home page does not. */
	ownJsKB?: number;
}

/** The wizard's own JavaScript, gzip KB: checked against the home page (page weight) and against a result page (`npm run measure:wizard`). */
export const WIZARD_JS_KB = 10;

/** The byte budgets of the kinds of pages (bench/page-types.ts says which pages have which). */
export const PAGE_BUDGETS = {
	/** Home, step, role and role index, document catalogue, glossary. */
	content: { totalKB: 25, requests: 8, nextKB: 10 },
	/** Pages that show a flow diagram (`/alur/`, phase pages, `/perubahan/alur/`): the inline SVG and its web font on top of a content page. */
	diagram: { totalKB: 45 },
	/** The wizard `/posisi/` and every question and answer under it. */
	wizard: { totalKB: 35, ownJsKB: WIZARD_JS_KB },
	/** The comparison with the regulations since 2015 (`/perubahan/`): every step's SOP sentence and its quotes. */
	changes: { totalKB: 35 },
} as const satisfies Record<string, PageBudget>;

/** The lowest Lighthouse score (mobile preset) allowed in each category on the pages the benchmark runs it on. */
export const LIGHTHOUSE_MIN_SCORE = 100;

/** A clean build: its time per page at most this many times stock Starlight's (with as many pages), and its peak memory. */
export const BUILD_BUDGET = { perPageVsStock: 1.5, peakMB: 1000 } as const;

/** The flow diagram: the full-flow SVG inlined in `/alur/`, the Mermaid JavaScript shipped, and drawing times (`npm run diagram:budget`). */
export const DIAGRAM_BUDGET = {
	/** One full-flow SVG, gzip KB. */
	svgKB: 15,
	/** Bytes of Mermaid JavaScript in the build: none, the diagrams are drawn at build time. */
	mermaidJsBytes: 0,
	/** Drawing every diagram in a clean build, milliseconds. */
	cleanDrawMs: 10_000,
	/** Drawing in a rebuild without a model change, milliseconds: the cache answers, no browser starts. */
	rebuildDrawMs: 500,
} as const;

/** The wall time of `npm test` on a 2-core machine after `npm ci && npm run build`, seconds: reported at the end of the run, not failed on (it depends on the machine). */
export const TEST_WALL_SECONDS = 240;

/** Gzip level for every byte budget: what a web server sends. */
export const GZIP_LEVEL = 6;
