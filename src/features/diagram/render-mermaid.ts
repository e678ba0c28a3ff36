import { existsSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { DrawnDiagram, RenderWindow } from './in-page';
import inPageSource from './in-page.ts?raw';
import type { MermaidSource } from './mermaid';
import { DIAGRAM_CSS } from './svg';
import { chromiumArgs, findChromium } from '../../../tools/find-chromium';

/**
 * Playwright, loaded when there is something to draw: a build whose diagrams are all cached never holds it in memory.
 * Node's own `require`: it works at any point of the build, as the build's module loader does not.
 */
function loadPlaywright(): typeof import('playwright-core') {
	return createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
}

/** One diagram to draw: the SVG id, the Mermaid source, and the web font to measure and draw its text with. */
export interface RenderJob {
	id: string;
	source: MermaidSource;
	font: { family: string; woff2: Uint8Array };
}

/** The diagram font size in pixels; the site shows the SVG at its natural size, so this is the size readers see. */
const DIAGRAM_FONT_SIZE = 14;

/**
 * Mermaid's settings for every diagram (the font family is added per diagram). Text is drawn as SVG text
 * (no HTML labels), in the classic look; colours come from CSS variables (`DIAGRAM_CSS`). Cross-lane arrows
 * count when ranking, so that every step sits below the one before it.
 */
export const MERMAID_CONFIG = {
	startOnLoad: false,
	securityLevel: 'strict',
	deterministicIds: true,
	theme: 'base',
	look: 'classic',
	htmlLabels: false,
	fontSize: DIAGRAM_FONT_SIZE,
	themeVariables: { fontSize: `${DIAGRAM_FONT_SIZE}px` },
	flowchart: { htmlLabels: false, wrappingWidth: 150, nodeSpacing: 20, rankSpacing: 30, padding: 8, diagramPadding: 8, curve: 'linear' },
	swimlane: { automaticLaneOrdering: false, lineHops: false, ignoreCrossLaneEdges: false },
	themeCSS: DIAGRAM_CSS,
} as const;

/** The origin of the page Mermaid draws in; requests to it never leave Chromium. */
const RENDER_ORIGIN = 'http://sk-diagram.invalid';


/** Thrown when Mermaid refuses a diagram: its own message, with the step the failing line concerns. */
export class DiagramError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DiagramError';
	}
}

/**
 * Draws every job with Mermaid in one headless Chromium page (launched once, closed at the end; the jobs may
 * still be in preparation meanwhile), each job's font loaded before its text is measured. `onDrawn` gets each
 * raw SVG (and its row of lane titles) while the page draws the next one.
 */
export async function renderMermaid(
	preparing: RenderJob[] | Promise<RenderJob[]>,
	onDrawn: (drawn: DrawnDiagram, index: number) => void,
	env: Record<string, string | undefined> = process.env,
): Promise<{ chromiumCpuMilliseconds: number }> {
	const executablePath = findChromium(env, existsSync);
	const mermaidDir = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));
	const { chromium } = loadPlaywright();
	const browser = await chromium.launch({ executablePath, args: chromiumArgs(process.getuid?.() === 0) });
	try {
		const page = await browser.newPage();
		// A made-up origin, answered from here: Mermaid's ES modules load only the chunks a flowchart needs.
		await page.route(`${RENDER_ORIGIN}/**`, (route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><div id="sk-render"></div>' });
			const file = join(mermaidDir, path.replace(/^\/mermaid\//, ''));
			if (!path.startsWith('/mermaid/') || !file.startsWith(mermaidDir + sep)) return route.abort();
			return route.fulfill({ path: file, contentType: 'text/javascript' });
		});
		await page.goto(`${RENDER_ORIGIN}/`);
		await page.evaluate(`import('/mermaid/mermaid.esm.min.mjs').then((module) => { window.mermaid = module.default; })`);
		await page.addScriptTag({ content: inPageScript() });
		const jobs = await preparing;
		const draw = (job: RenderJob) =>
			page.evaluate((args) => (window as unknown as RenderWindow).skRender(args), {
				id: job.id,
				text: job.source.text,
				family: job.font.family,
				font: Buffer.from(job.font.woff2).toString('base64'),
				config: MERMAID_CONFIG,
			});
		let next = jobs.length > 0 ? draw(jobs[0]!) : Promise.resolve({ svg: '', laneTitles: '' });
		for (const [index, job] of jobs.entries()) {
			const result = await next;
			if ('error' in result) throw new DiagramError(describeFailure(job, result.error));
			if (index + 1 < jobs.length) {
				next = draw(jobs[index + 1]!);
				// If `onDrawn` throws, the browser closes under this request: that rejection is expected.
				next.catch(() => undefined);
				// Let the request reach the page before `onDrawn` keeps this thread busy.
				await new Promise((resolve) => setImmediate(resolve));
			}
			onDrawn(result, index);
		}
		// What Chromium's processes have spent, for `npm run diagram:budget` (a busy machine stretches the wall time).
		const session = await browser.newBrowserCDPSession();
		const { processInfo } = await session.send('SystemInfo.getProcessInfo');
		return { chromiumCpuMilliseconds: Math.round(processInfo.reduce((sum, process) => sum + process.cpuTime, 0) * 1000) };
	} finally {
		await browser.close();
	}
}

/** Mermaid's message for a failed diagram, with the step its line concerns when the message names a line. */
export function describeFailure(job: Pick<RenderJob, 'id' | 'source'>, message: string): string {
	const parts = [`Mermaid could not draw the diagram "${job.id}": ${message.trim()}`];
	const line = /line (\d+)/i.exec(message);
	if (line) {
		// Mermaid counts lines after the front matter.
		const offset = frontMatterLines(job.source.text);
		const step = job.source.lineSteps[Number(line[1]) - 1 + offset];
		if (step) parts.push(`The line concerns step ${step.number} "${step.id}" (src/content/sop/steps.ts).`);
	}
	return parts.join('\n');
}

function frontMatterLines(text: string): number {
	const match = /^---\n[\s\S]*?\n---\n/.exec(text);
	return match ? match[0].split('\n').length - 1 : 0;
}

let inPage: string | undefined;

/**
 * The page's side as one script (`in-page.ts`, compiled): it loads the diagram's font, has Mermaid draw the text,
 * then finishes the SVG with what only a browser can measure. Part of the cache key: a change to it draws every
 * diagram again.
 */
export function inPageScript(): string {
	inPage ??= transformSync(inPageSource, { loader: 'ts', format: 'iife', target: 'es2022', charset: 'utf8' }).code;
	return inPage;
}
