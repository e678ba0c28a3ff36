// `npm run bench`: builds this site, then a stock Starlight site grown to as many pages, in the same run; serves both
// on 127.0.0.1, loads each page type in Chromium, runs Lighthouse, prints the tables and writes them as JSON.
// Exits non-zero when a budget is missed. Flags: --no-lighthouse (skip Lighthouse, for a quick look),
// --lighthouse-runs=N (runs per page, 3 by default; the median of each score counts).
import { MAIN_LANG } from '../src/model/languages.ts';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tools/find-chromium.ts';
import { fileForPath, listPages, type BuiltSite } from '../test/support/built-site.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { emptyBuildCaches, measureBuild, parseBuildScript } from './measure-build.ts';
import { isSearchAsset, LANGS, PAGE_TYPES, pagesOfType, resourceKind, STOCK_PAGES, type BenchLang, type PageType, type ResourceKind, type StockPage } from './page-types.ts';
import { checkBuild, checkPage, formatBuilds, formatPages, type BuildResult, type PageResult, type Transfer } from './report.ts';
import { serveStatic, type Served, type StaticServer } from './serve.ts';
import { prepareStockCopy } from './stock-pages.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4470);
const BENCH_DIR = resolve(import.meta.dirname);
const PROJECT = resolve(BENCH_DIR, '..');
const OUT = join(BENCH_DIR, '.out');
const RESULTS = join(BENCH_DIR, 'results');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BUILD_LIMIT_MS = 10 * 60_000;
const QUIET_MS = 1000;
const SETTLE_LIMIT_MS = 15_000;
const WHOLE_RUN_LIMIT_MS = 40 * 60_000;

const withLighthouse = !process.argv.includes('--no-lighthouse');
const runsFlag = process.argv.find((arg) => arg.startsWith('--lighthouse-runs='));
const LIGHTHOUSE_RUNS = runsFlag ? Math.max(1, Math.min(9, Number(runsFlag.split('=')[1]) || 3)) : 3;
const watchdog = setTimeout(() => {
	console.error(`bench: stopped after ${WHOLE_RUN_LIMIT_MS / 60_000} minutes`);
	process.exit(2);
}, WHOLE_RUN_LIMIT_MS);
watchdog.unref();

/** Waits until the server has sent nothing for a second (idle-time loads included), at most 15 s. */
async function settle(server: StaticServer): Promise<void> {
	const started = Date.now();
	let count = -1;
	let quietSince = Date.now();
	while (Date.now() - started < SETTLE_LIMIT_MS) {
		if (server.log.length !== count) {
			count = server.log.length;
			quietSince = Date.now();
		} else if (Date.now() - quietSince >= QUIET_MS) return;
		await new Promise((done) => setTimeout(done, 100));
	}
}

/** Sums what the server sent for one page load. */
function summarize(entries: readonly Served[]): Transfer {
	const byKind = Object.fromEntries((['html', 'css', 'js', 'font', 'image', 'other'] as const).map((kind) => [kind, { raw: 0, gzip: 0 }])) as Transfer['byKind'];
	for (const entry of entries) {
		const kind: ResourceKind = entry.status === 404 ? 'other' : resourceKind(entry.path);
		byKind[kind].raw += entry.raw;
		byKind[kind].gzip += entry.sent;
	}
	return {
		requests: entries.length,
		raw: entries.reduce((sum, e) => sum + e.raw, 0),
		gzip: entries.reduce((sum, e) => sum + e.sent, 0),
		byKind,
		searchRequests: entries.filter((e) => isSearchAsset(e.path)).length,
		scripts: entries.filter((e) => resourceKind(e.path) === 'js').map((e) => ({ path: e.path, gzip: e.sent })),
	};
}

/** Opens `path` in a fresh browser (empty cache), then `nextPath` in the same one; what each load transferred. */
async function loadPage(browser: Browser, server: StaticServer, path: string, nextPath: string): Promise<{ first: Transfer; next: Transfer; sent: Served[] }> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const load = async (target: string) => {
			const mark = server.log.length;
			await page.goto(server.origin + target, { waitUntil: 'load', timeout: 30_000 });
			await settle(server);
			return server.log.slice(mark);
		};
		const sent = await load(path);
		const next = await load(nextPath);
		return { first: summarize(sent), next: summarize(next), sent };
	} finally {
		await context.close();
	}
}

/** The page of a type to measure: the one with the largest HTML (the worst case), and another one to open next. */
function pickPages(site: BuiltSite, pages: readonly string[]): { path: string; nextPath: string } {
	const bySize = [...pages].sort((a, b) => statSync(fileForPath(site, b)!).size - statSync(fileForPath(site, a)!).size);
	return { path: bySize[0]!, nextPath: bySize[1] ?? bySize[0]! };
}

const localePrefix = (lang: BenchLang) => (lang === MAIN_LANG ? '/' : `/${lang}/`);

async function main(): Promise<number> {
	// The full browser readers run, not the headless shell the tests take: page loads and Lighthouse measure what they get.
	const chromePath = findChromium(process.env, existsSync, 'browser');
	const siteEnv = { ...process.env };
	delete siteEnv.BASE_PATH;
	delete siteEnv.SITE_URL;

	const siteOut = join(OUT, 'site');
	// As `npm run build` builds it: the steps that need Chromium run before and after Astro, each in a process of its own.
	const buildScript = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
	const siteJob = { root: PROJECT, outDir: siteOut, env: siteEnv, timeoutMs: BUILD_LIMIT_MS };
	// First with the project's caches emptied (every diagram drawn, every PDF printed; the build fills them again): its
	// memory must stay within the budget too. Then as a rebuild finds them, the build compared with stock Starlight.
	const removed = emptyBuildCaches(PROJECT);
	console.log(`bench: clean build of this site with empty caches (${removed.join(', ') || 'none there'} removed)…`);
	const coldBuild = await measureBuild(siteJob, ASTRO, parseBuildScript(buildScript));
	console.log('bench: clean build of this site, caches filled…');
	const siteBuild = await measureBuild(siteJob, ASTRO, parseBuildScript(buildScript));
	// The stock fixture, in a copy grown to as many pages as this site's build: time per page then compares like with like.
	const stockRoot = join(OUT, 'stock-src');
	const stockPlanned = prepareStockCopy(join(BENCH_DIR, 'stock'), stockRoot, siteBuild.pages);
	console.log(`bench: clean build of the stock Starlight fixture, grown to ${stockPlanned} pages…`);
	const stockOut = join(OUT, 'stock');
	const stockBuild = await measureBuild({ root: stockRoot, outDir: stockOut, env: process.env, timeoutMs: BUILD_LIMIT_MS }, ASTRO);
	if (Math.abs(stockBuild.pages - siteBuild.pages) > 1) throw new Error(`the stock build has ${stockBuild.pages} pages, this site's ${siteBuild.pages}: not comparable`);
	const stockPerPage = stockBuild.seconds / stockBuild.pages;
	const builds: BuildResult[] = [
		{ site: 'site', emptyCaches: true, ...coldBuild, secondsPerPage: coldBuild.seconds / coldBuild.pages, failures: [] },
		{ site: 'site', ...siteBuild, secondsPerPage: siteBuild.seconds / siteBuild.pages, vsStock: siteBuild.seconds / siteBuild.pages / stockPerPage, failures: [] },
		{ site: 'stock', ...stockBuild, secondsPerPage: stockPerPage, failures: [] },
	];
	for (const build of builds) build.failures = checkBuild(build);

	const site: BuiltSite = { dir: siteOut, base: '/' };
	const stock: BuiltSite = { dir: stockOut, base: '/' };
	const sitePages = listPages(site);
	const servers = { site: await serveStatic(siteOut, PORT), stock: await serveStatic(stockOut, PORT + 1) };
	const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs(process.getuid?.() === 0) });
	const browserVersion = browser.version();
	// In the order of PAGE_TYPES, then the stock pages.
	const results: PageResult[] = [];
	try {
		console.log('bench: loading pages in Chromium…');
		const homeScripts = new Map<BenchLang, Set<string>>();
		const measured: { type: PageType; lang: BenchLang; path: string; first: Transfer; next: Transfer }[] = [];
		for (const type of PAGE_TYPES) {
			for (const lang of LANGS) {
				const ofType = pagesOfType(sitePages, site.base, type, lang);
				if (ofType.length === 0) throw new Error(`no ${type.id} page (${lang}) in the build`);
				const { path, nextPath } = pickPages(site, ofType);
				const { first, next } = await loadPage(browser, servers.site, path, nextPath);
				if (type.id === 'home') homeScripts.set(lang, new Set(first.scripts.map((script) => script.path)));
				measured.push({ type, lang, path, first, next });
			}
		}
		const stockResults = new Map<string, PageResult>();
		for (const kind of Object.keys(STOCK_PAGES) as StockPage[]) {
			for (const lang of LANGS) {
				const path = localePrefix(lang) + STOCK_PAGES[kind];
				if (!fileForPath(stock, path)) throw new Error(`the stock fixture has no page ${path}`);
				const { first, next } = await loadPage(browser, servers.stock, path, path);
				const result: PageResult = { site: 'stock', type: kind, lang, path, first, next, ownJs: 0, failures: [] };
				stockResults.set(`${kind} ${lang}`, result);
			}
		}

		const lighthouse = new Map<string, LighthouseScores>();
		if (withLighthouse) {
			const urls = [
				...measured.filter((m) => m.type.lighthouse).map((m) => servers.site.origin + m.path),
				...[...stockResults.values()].filter((r) => r.lang === 'id').map((r) => servers.stock.origin + r.path),
			];
			console.log(`bench: Lighthouse on ${urls.length} pages, ${LIGHTHOUSE_RUNS} runs each…`);
			for (const [url, scores] of await runLighthouse(urls, chromePath, PORT + 2, LIGHTHOUSE_RUNS)) lighthouse.set(url, scores);
		}

		for (const m of measured) {
			const home = homeScripts.get(m.lang) ?? new Set<string>();
			const ownJs = m.first.scripts.filter((script) => !home.has(script.path)).reduce((sum, script) => sum + script.gzip, 0);
			const stockRef = stockResults.get(`${m.type.stock} ${m.lang}`)!;
			const base: Omit<PageResult, 'failures' | 'vsStock'> = {
				site: 'site',
				type: m.type.id,
				lang: m.lang,
				path: m.path,
				first: m.first,
				next: m.next,
				ownJs,
				lighthouse: lighthouse.get(servers.site.origin + m.path),
				budget: m.type.budget,
			};
			const result: PageResult = {
				...base,
				vsStock: { gzip: m.first.gzip / stockRef.first.gzip, requests: m.first.requests / stockRef.first.requests },
				failures: checkPage(base, withLighthouse && m.type.lighthouse),
			};
			results.push(result);
		}
		for (const r of stockResults.values()) {
			const result = { ...r, lighthouse: lighthouse.get(servers.stock.origin + r.path) };
			results.push(result);
		}
	} finally {
		await browser.close();
		await servers.site.close();
		await servers.stock.close();
	}

	console.log('\nPages: gzip KB (1 KB = 1000 bytes) on a first visit with an empty cache, before search is opened');
	console.log(formatPages(results));
	console.log('\nClean builds (both languages, search index; the stock fixture grown to as many pages as this site)');
	console.log(formatBuilds(builds));
	console.log('\nPages measured (the largest page of each type; "Next" opens a second page of the type, or the same one again):');
	for (const r of results) console.log(`  ${r.site === 'stock' ? 'stock ' : ''}${r.type} ${r.lang}: ${r.path}`);
	const belowFull = (lh: LighthouseScores) => Math.min(lh.performance, lh.accessibility, lh.bestPractices, lh.seo) < 100;
	for (const r of results.filter((r) => r.lighthouse && belowFull(r.lighthouse))) {
		console.log(`  Lighthouse, ${r.site === 'stock' ? 'stock ' : ''}${r.type} ${r.lang}: ${r.lighthouse!.failing.join(', ')}`);
	}
	if (!withLighthouse) console.log('  Lighthouse skipped (--no-lighthouse): its budgets are not checked.');

	const failures = [
		...results.filter((r) => r.site === 'site').flatMap((r) => r.failures.map((f) => `${r.type} ${r.lang}: ${f}`)),
		...builds.flatMap((b) => b.failures.map((f) => `build: ${f}`)),
	];
	mkdirSync(RESULTS, { recursive: true });
	const report = { date: new Date().toISOString(), node: process.version, chromium: browserVersion, lighthouseRuns: withLighthouse ? LIGHTHOUSE_RUNS : 0, pages: results, builds, failures };
	const stamp = report.date.replace(/[:.]/g, '-');
	writeFileSync(join(RESULTS, `${stamp}.json`), JSON.stringify(report, null, '\t') + '\n');
	writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(report, null, '\t') + '\n');
	console.log(`\nWritten: bench/results/latest.json and bench/results/${stamp}.json`);
	if (failures.length > 0) {
		console.log(`\n${failures.length} budget(s) missed:\n  ${failures.join('\n  ')}`);
		return 1;
	}
	console.log('\nEvery budget met.');
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		// A server or browser started before the failure must not keep the process alive.
		process.exit(2);
	},
);
