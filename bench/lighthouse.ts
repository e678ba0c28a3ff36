import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from '../tools/find-chromium.ts';

/** Lighthouse's four scores (0–100) for a page, and the audits that cost points. */
export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Audits that did not pass, as "category: audit id (score)". */
	failing: string[];
}

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const;
const RUN_LIMIT_MS = 120_000;

/** The middle value of an odd number of figures (the lower middle one of an even number). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Scores of several runs on one page combined: the median of each category; the failing audits of the run with the median performance. */
export function combineRuns(runs: readonly LighthouseScores[]): LighthouseScores {
	const performance = median(runs.map((r) => r.performance));
	return {
		performance,
		accessibility: median(runs.map((r) => r.accessibility)),
		bestPractices: median(runs.map((r) => r.bestPractices)),
		seo: median(runs.map((r) => r.seo)),
		failing: runs.find((r) => r.performance === performance)!.failing,
	};
}

/**
 * Runs Lighthouse (its default mobile preset) `runs` times on each URL, in one headless Chromium on `port`, and keeps
 * the median of each score: single runs vary with the machine's load.
 */
export async function runLighthouse(urls: readonly string[], chromePath: string, port: number, runs: number): Promise<Map<string, LighthouseScores>> {
	const chrome = await launch({
		chromePath,
		port,
		chromeFlags: ['--headless=new', ...chromiumArgs(process.getuid?.() === 0)],
		logLevel: 'silent',
	});
	const scores = new Map<string, LighthouseScores>();
	try {
		for (const url of urls) {
			const results: LighthouseScores[] = [];
			for (let run = 0; run < runs; run++) results.push(await runOnce(url, chrome.port));
			scores.set(url, combineRuns(results));
		}
	} finally {
		chrome.kill();
	}
	return scores;
}

/** One Lighthouse run on a URL, stopped after two minutes. */
async function runOnce(url: string, port: number): Promise<LighthouseScores> {
	let timer: NodeJS.Timeout | undefined;
	const limit = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`Lighthouse took longer than ${RUN_LIMIT_MS / 1000} s on ${url}`)), RUN_LIMIT_MS);
	});
	const run = lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.values(CATEGORIES) });
	const result = await Promise.race([run, limit]).finally(() => clearTimeout(timer));
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { categories, audits } = result.lhr;
	const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
	const failing = Object.values(CATEGORIES).flatMap((id) =>
		(categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 0) < 1)
			.map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.displayValue || audits[ref.id]?.score})`),
	);
	return {
		performance: score(CATEGORIES.performance),
		accessibility: score(CATEGORIES.accessibility),
		bestPractices: score(CATEGORIES.bestPractices),
		seo: score(CATEGORIES.seo),
		failing,
	};
}
