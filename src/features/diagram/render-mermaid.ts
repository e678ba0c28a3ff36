import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { chromium } from 'playwright-core';
import type { MermaidSource } from './mermaid';
import { DIAGRAM_CSS } from './svg';
import { chromiumArgs, findChromium } from '../../../tools/find-chromium';

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

interface InPageWindow {
	skRender(args: { id: string; text: string; family: string; font: string; config: typeof MERMAID_CONFIG }): Promise<{ svg: string } | { error: string }>;
}

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
 * raw SVG while the page draws the next one.
 */
export async function renderMermaid(
	preparing: RenderJob[] | Promise<RenderJob[]>,
	onDrawn: (svg: string, index: number) => void,
	env: Record<string, string | undefined> = process.env,
): Promise<{ chromiumCpuMilliseconds: number }> {
	const executablePath = findChromium(env, existsSync);
	const mermaidDir = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));
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
		await page.addScriptTag({ content: IN_PAGE });
		const jobs = await preparing;
		const draw = (job: RenderJob) =>
			page.evaluate((args) => (window as unknown as InPageWindow).skRender(args), {
				id: job.id,
				text: job.source.text,
				family: job.font.family,
				font: Buffer.from(job.font.woff2).toString('base64'),
				config: MERMAID_CONFIG,
			});
		let next = jobs.length > 0 ? draw(jobs[0]!) : Promise.resolve({ svg: '' });
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
			onDrawn(result.svg, index);
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

/**
 * The page's side, as plain JavaScript (a compiled function could carry helpers the page does not have):
 * loads the diagram's font, has Mermaid draw the text, then finishes the SVG with what only a browser can
 * measure. Part of the cache key: a change here draws every diagram again.
 */
export const IN_PAGE = String.raw`
const SVG_NS = 'http://www.w3.org/2000/svg';
// Finishes Mermaid's SVG for a static page.
function finish(svg) {
	// Mermaid's internal diagram type ("flowchart-v2") is no name for readers.
	svg.removeAttribute('aria-roledescription');
	// Keep the style rules some element matches (in any state), and drop the data attributes only Mermaid's scripts read.
	const style = svg.querySelector('style');
	const used = [...style.sheet.cssRules].filter((rule) => {
		if (!(rule instanceof CSSStyleRule)) return false;
		const plain = rule.selectorText.replace(/:(hover|focus-visible|focus|active)\b/g, '');
		try {
			return svg.querySelector(plain) !== null || svg.matches(plain);
		} catch {
			return true;
		}
	});
	style.textContent = used.map((rule) => rule.cssText).join('');
	for (const element of svg.querySelectorAll('*')) {
		for (const name of element.getAttributeNames()) {
			if (name.startsWith('data-') || (name === 'style' && element.getAttribute(name).replace(/[;\s]/g, '') === '')) element.removeAttribute(name);
		}
	}
	// The SOP's symbols, drawn in the box Mermaid laid out: a capsule for start and end (Mermaid's own is a long
	// hand-drawn path), a pentagon pointing down for an off-page connector.
	const replace = (shape, name, attributes) => {
		const element = document.createElementNS(SVG_NS, name);
		element.setAttribute('class', 'basic label-container');
		for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
		shape.replaceWith(element);
	};
	for (const shape of svg.querySelectorAll('.node.sk-terminal > .label-container')) {
		const { x, y, width, height } = shape.getBBox();
		replace(shape, 'rect', { x, y, width, height, rx: height / 2 });
	}
	for (const shape of svg.querySelectorAll('.node.sk-connector > .label-container')) {
		const { x, y, width, height } = shape.getBBox();
		const shoulder = y + height * 0.78;
		const points = [[x, y], [x + width, y], [x + width, shoulder], [x + width / 2, y + height], [x, shoulder]];
		replace(shape, 'polygon', { points: points.map((point) => point.join(',')).join(' ') });
	}
	// Lane titles are exactly as tall as their text: give them room above and below.
	for (const title of svg.querySelectorAll('rect.swimlane-title')) {
		title.setAttribute('y', Number(title.getAttribute('y')) - 4);
		title.setAttribute('height', Number(title.getAttribute('height')) + 8);
	}
	// Edge labels get an opaque background the size of their text.
	for (const label of svg.querySelectorAll('.edgeLabel')) {
		const text = label.querySelector('text');
		const background = label.querySelector('rect.background');
		if (!text || !background) continue;
		const box = text.getBBox();
		background.setAttribute('x', box.x - 3);
		background.setAttribute('y', box.y - 1);
		background.setAttribute('width', box.width + 6);
		background.setAttribute('height', box.height + 2);
	}
	// Words come one tspan each; a row with its words as plain text draws the same.
	for (const row of svg.querySelectorAll('tspan.row')) row.textContent = row.textContent;
	// Mermaid defines every arrow head and effect it might use: keep those an element refers to.
	const referenced = new Set([...svg.querySelectorAll('*')].flatMap((element) =>
		element.getAttributeNames().flatMap((name) => [...element.getAttribute(name).matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1])),
	));
	for (const definition of svg.querySelectorAll('marker, filter, linearGradient')) {
		if (!referenced.has(definition.id)) definition.remove();
	}
	// Rows read one after the other would run their words together (a link is named by its text): end each row
	// but the last with a space of no width, which reads as a space and draws nothing.
	for (const text of svg.querySelectorAll('text')) {
		const rows = [...text.querySelectorAll('tspan.row')];
		for (const row of rows.slice(0, -1)) {
			const space = document.createElementNS(SVG_NS, 'tspan');
			space.setAttribute('font-size', '0');
			space.textContent = ' ';
			row.append(space);
		}
	}
}
window.skRender = async ({ id, text, family, font, config }) => {
	const bytes = Uint8Array.from(atob(font), (c) => c.charCodeAt(0));
	const face = new FontFace(family, bytes);
	document.fonts.add(await face.load());
	const target = document.getElementById('sk-render');
	try {
		const fontFamily = family + ', sans-serif';
		mermaid.initialize({ ...config, fontFamily, themeVariables: { ...config.themeVariables, fontFamily } });
		const { svg } = await mermaid.render(id, text, target);
		target.innerHTML = svg;
		const element = target.querySelector('svg');
		finish(element);
		return { svg: element.outerHTML };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	} finally {
		document.fonts.delete(face);
		target.replaceChildren();
	}
};
`;
