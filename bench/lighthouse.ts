import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from '../src/lib/find-chromium.ts';

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

/** Runs Lighthouse (its default mobile preset) on each URL in turn, in one headless Chromium on `port`. */
export async function runLighthouse(urls: readonly string[], chromePath: string, port: number): Promise<Map<string, LighthouseScores>> {
	const chrome = await launch({
		chromePath,
		port,
		chromeFlags: ['--headless=new', ...chromiumArgs(process.getuid?.() === 0)],
		logLevel: 'silent',
	});
	const scores = new Map<string, LighthouseScores>();
	try {
		for (const url of urls) {
			let timer: NodeJS.Timeout | undefined;
			const limit = new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error(`Lighthouse took longer than ${RUN_LIMIT_MS / 1000} s on ${url}`)), RUN_LIMIT_MS);
			});
			const run = lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.values(CATEGORIES) });
			const result = await Promise.race([run, limit]).finally(() => clearTimeout(timer));
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { categories, audits } = result.lhr;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const failing = Object.entries(CATEGORIES).flatMap(([, id]) =>
				(categories[id]?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 0) < 1)
					.map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.displayValue || audits[ref.id]?.score})`),
			);
			scores.set(url, {
				performance: score(CATEGORIES.performance),
				accessibility: score(CATEGORIES.accessibility),
				bestPractices: score(CATEGORIES.bestPractices),
				seo: score(CATEGORIES.seo),
				failing,
			});
		}
	} finally {
		chrome.kill();
	}
	return scores;
}
