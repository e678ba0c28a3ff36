import { BUILD_BUDGET, LIGHTHOUSE_MIN_SCORE, type PageBudget } from '../tools/budgets.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { BenchLang, ResourceKind } from './page-types.ts';

/** Bytes moved for a page load, by kind of resource. */
export interface Transfer {
	requests: number;
	/** Gzip bytes for text, bytes as sent for the rest. */
	gzip: number;
	raw: number;
	byKind: Record<ResourceKind, { raw: number; gzip: number }>;
	/** Requests for the search interface or index made before search was opened. */
	searchRequests: number;
	/** The scripts loaded, with their bytes as sent. */
	scripts: { path: string; gzip: number }[];
}

/** One measured page: of this site or of the stock Starlight fixture. */
export interface PageResult {
	site: 'site' | 'stock';
	type: string;
	lang: BenchLang;
	path: string;
	first: Transfer;
	/** The page opened next, with CSS, fonts and scripts already cached. */
	next: Transfer;
	/** Gzip bytes of scripts the home page does not load. */
	ownJs: number;
	lighthouse?: LighthouseScores;
	budget?: PageBudget;
	/** This page's first visit against the stock page it is compared with. */
	vsStock?: { gzip: number; requests: number };
	failures: string[];
}

/** A clean build of one site. */
export interface BuildResult {
	site: 'site' | 'stock';
	/** A build of this site with its caches emptied first: it draws every diagram and prints every PDF; only its memory is budgeted. */
	emptyCaches?: boolean;
	seconds: number;
	pages: number;
	secondsPerPage: number;
	peakMB: number;
	peakSource: string;
	vsStock?: number;
	failures: string[];
}

/** The budgets a page misses, each as a short phrase ("total 26.1 KB > 25 KB"). */
export function checkPage(result: Omit<PageResult, 'failures' | 'vsStock'>, lighthouseExpected: boolean): string[] {
	const failures: string[] = [];
	const kb = (bytes: number) => (bytes / 1000).toFixed(1);
	if (result.site === 'site' && result.first.searchRequests > 0) failures.push(`${result.first.searchRequests} search requests before search was opened`);
	const budget = result.budget;
	if (budget) {
		if (result.first.gzip > budget.totalKB * 1000) failures.push(`total ${kb(result.first.gzip)} KB > ${budget.totalKB} KB`);
		if (budget.requests !== undefined && result.first.requests > budget.requests) failures.push(`${result.first.requests} requests > ${budget.requests}`);
		if (budget.nextKB !== undefined && result.next.gzip > budget.nextKB * 1000) failures.push(`next ${kb(result.next.gzip)} KB > ${budget.nextKB} KB`);
		if (budget.ownJsKB !== undefined && result.ownJs > budget.ownJsKB * 1000) failures.push(`own JS ${kb(result.ownJs)} KB > ${budget.ownJsKB} KB`);
	}
	if (lighthouseExpected) {
		const lh = result.lighthouse;
		if (!lh) failures.push('Lighthouse did not run');
		else {
			for (const [name, score] of Object.entries({ performance: lh.performance, accessibility: lh.accessibility, 'best practices': lh.bestPractices, SEO: lh.seo })) {
				if (score < LIGHTHOUSE_MIN_SCORE) failures.push(`Lighthouse ${name} ${score}`);
			}
		}
	}
	return failures;
}

/** The budgets a build misses. */
export function checkBuild(build: Omit<BuildResult, 'failures'>): string[] {
	const failures: string[] = [];
	if (build.site !== 'site') return failures;
	if (!build.emptyCaches && build.vsStock !== undefined && build.vsStock > BUILD_BUDGET.perPageVsStock) failures.push(`time per page ${build.vsStock.toFixed(2)}× stock > ${BUILD_BUDGET.perPageVsStock}×`);
	if (build.peakMB <= 0) failures.push('peak memory not measured');
	else if (build.peakMB > BUILD_BUDGET.peakMB) failures.push(`peak memory ${build.peakMB.toFixed(0)} MB > ${BUILD_BUDGET.peakMB} MB`);
	return failures;
}

/** A budget in a few characters: "≤25 KB ≤8 req next ≤10". */
export function describeBudget(budget: PageBudget | undefined): string {
	if (!budget) return '—';
	return [
		`≤${budget.totalKB} KB`,
		budget.requests !== undefined ? `≤${budget.requests} req` : '',
		budget.nextKB !== undefined ? `next ≤${budget.nextKB}` : '',
		budget.ownJsKB !== undefined ? `own JS ≤${budget.ownJsKB}` : '',
	]
		.filter(Boolean)
		.join(' ');
}

/** Lays out rows of cells as a plain-text table with a header rule. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
	const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 || i === 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
	return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const kbCell = (bytes: number) => (bytes / 1000).toFixed(1);

/** The table of pages: bytes by kind (gzip KB), requests, next visit, Lighthouse, budget, ratio to stock, result. */
export function formatPages(rows: readonly PageResult[]): string {
	const header = ['Page', 'Lang', 'HTML', 'CSS', 'JS', 'Font', 'Img', 'Other', 'Total', 'Req', 'Next', 'Own JS', 'Search', 'Lighthouse P/A/BP/SEO', 'Budget', '× stock (KB, req)', 'Result'];
	const cells = rows.map((r) => {
		const lh = r.lighthouse;
		return [
			r.site === 'stock' ? `stock ${r.type}` : r.type,
			r.lang,
			kbCell(r.first.byKind.html.gzip),
			kbCell(r.first.byKind.css.gzip),
			kbCell(r.first.byKind.js.gzip),
			kbCell(r.first.byKind.font.gzip),
			kbCell(r.first.byKind.image.gzip),
			kbCell(r.first.byKind.other.gzip),
			kbCell(r.first.gzip),
			String(r.first.requests),
			kbCell(r.next.gzip),
			kbCell(r.ownJs),
			String(r.first.searchRequests),
			lh ? `${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}` : '—',
			describeBudget(r.budget),
			r.vsStock ? `${r.vsStock.gzip.toFixed(2)}, ${r.vsStock.requests.toFixed(2)}` : '—',
			r.site === 'stock' ? 'reference' : r.failures.length === 0 ? 'ok' : `MISSED: ${r.failures.join('; ')}`,
		];
	});
	return formatTable(header, cells);
}

/** The table of builds: time, pages, time per page, peak memory, ratio to stock, result. */
export function formatBuilds(builds: readonly BuildResult[]): string {
	const header = ['Build', 'Pages', 'Seconds', 's/page', 'Peak MB', 'Budget', '× stock (s/page)', 'Result'];
	const rows = builds.map((b) => [
		b.site === 'stock' ? 'stock Starlight' : b.emptyCaches ? 'this site, empty caches' : 'this site',
		String(b.pages),
		b.seconds.toFixed(1),
		b.secondsPerPage.toFixed(3),
		b.peakMB.toFixed(0),
		b.site === 'site' ? (b.emptyCaches ? `≤${BUILD_BUDGET.peakMB} MB` : `≤${BUILD_BUDGET.perPageVsStock}× s/page, ≤${BUILD_BUDGET.peakMB} MB`) : '—',
		b.vsStock !== undefined ? b.vsStock.toFixed(2) : '—',
		b.site === 'stock' ? 'reference' : b.failures.length === 0 ? 'ok' : `MISSED: ${b.failures.join('; ')}`,
	]);
	return formatTable(header, rows);
}
