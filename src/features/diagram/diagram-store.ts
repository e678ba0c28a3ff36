import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { VERSION as SVGO_VERSION } from 'svgo';
import type { MermaidSource } from './mermaid';
import { DIAGRAM_CSS, optimizeLaneTitles, optimizeSvg } from './svg';
import { withBase } from '../../site/url';
import { DIAGRAM_FONT_FILE, subsetDiagramFont, type DiagramFont } from './diagram-font';
import { inPageScript, MERMAID_CONFIG, renderMermaid } from './render-mermaid';
import { markUsed } from '../../../tools/build-cache';

/** Bump when `optimizeSvg` changes: the cache key sees the Mermaid text and settings and the page's script, not that code. */
const RENDER_VERSION = 5;

/** The folder, under the project, that keeps rendered diagrams and their fonts between builds (not committed). */
export const DIAGRAM_CACHE_DIR = 'node_modules/.cache/sk-diagram';

/** The folder of the built site the diagram fonts are copied to, under the base. */
export const DIAGRAM_FONT_FOLDER = '_astro';

/**
 * A diagram to draw: the id of its SVG (unique on a page), its Mermaid source, the site's base path and, when its font
 * must cover more than its own text (so that diagrams share one font file), the characters it must cover.
 */
export interface DiagramRequest {
	id: string;
	source: MermaidSource;
	base: string;
	fontText?: string;
}

/**
 * A drawn diagram: the optimized SVG, the font file it uses, and a copy of its row of lane titles as an SVG of its own
 * (as wide as the diagram), which a page keeps in view while the diagram scrolls.
 */
export interface RenderedDiagram {
	svg: string;
	laneTitles: string;
	fontFile: string;
}

/** What one call did: how many diagrams were drawn and how many came from the cache, the time it took and the CPU time spent. */
export interface RenderStats {
	rendered: number;
	fromCache: number;
	chromiumStarted: boolean;
	milliseconds: number;
	/** CPU time of this process and of Chromium's processes. */
	cpuMilliseconds: number;
}

/** The cache folder of a project (the current directory unless told). */
export function diagramCacheDir(root: string = process.cwd()): string {
	return resolve(root, DIAGRAM_CACHE_DIR);
}

/**
 * The SVG of each request, from the cache when its key (a hash of the Mermaid text with its links at the domain root,
 * the id and the renderer's settings) is there; the others are drawn together in one Chromium session, optimized and cached.
 */
export async function renderDiagrams(
	requests: DiagramRequest[],
	cacheDir: string = diagramCacheDir(),
): Promise<{ diagrams: RenderedDiagram[]; stats: RenderStats }> {
	const started = performance.now();
	const startedCpu = process.cpuUsage();
	let chromiumCpuMilliseconds = 0;
	// Drawn and cached with links at the domain root, then put under each request's base: one drawing serves every base.
	const atRoot = requests.map(atDomainRoot);
	const keys = atRoot.map(cacheKey);
	const cached = keys.map((key) => readEntry(cacheDir, key));
	const missing = atRoot.flatMap((request, i) => (cached[i] ? [] : [{ request, key: keys[i]! }]));
	if (missing.length > 0) {
		const fonts: DiagramFont[] = [];
		// The fonts are subset while Chromium starts.
		const jobs = Promise.all(missing.map(({ request }) => subsetDiagramFont(request.source.text + (request.fontText ?? '')))).then((made) => {
			fonts.push(...made);
			return missing.map(({ request }, i) => ({ id: request.id, source: request.source, font: made[i]! }));
		});
		({ chromiumCpuMilliseconds } = await renderMermaid(jobs, (drawn, i) => {
			const { request, key } = missing[i]!;
			const font = fonts[i]!;
			const url = withBase(`/${DIAGRAM_FONT_FOLDER}/${font.fileName}`, request.base);
			const entry = {
				svg: optimizeSvg(drawn.svg, { family: font.family, url }),
				laneTitles: optimizeLaneTitles(drawn.laneTitles, font.family),
				fontFile: font.fileName,
			};
			writeAtomically(join(cacheDir, 'fonts', font.fileName), font.woff2);
			writeAtomically(join(cacheDir, `${key}.json`), JSON.stringify(entry));
			cached[keys.indexOf(key)] = entry;
		}));
	}
	const diagrams = cached.map((entry, i) => {
		if (!entry || !entry.svg.startsWith('<svg')) throw new Error(`The diagram "${requests[i]!.id}" came out empty`);
		return underBase(entry, requests[i]!.base);
	});
	const cpu = process.cpuUsage(startedCpu);
	const stats = {
		rendered: missing.length,
		fromCache: requests.length - missing.length,
		chromiumStarted: missing.length > 0,
		milliseconds: Math.round(performance.now() - started),
		cpuMilliseconds: Math.round((cpu.user + cpu.system) / 1000) + chromiumCpuMilliseconds,
	};
	return { diagrams, stats };
}

/** The request as it is drawn and cached: the links of its Mermaid text at the domain root instead of under its base. */
export function atDomainRoot(request: DiagramRequest): DiagramRequest {
	if (request.base === '/') return request;
	const text = request.source.text.replaceAll(`href "${withBase('/', request.base)}`, 'href "/');
	return { ...request, base: '/', source: { ...request.source, text } };
}

/** A diagram drawn at the domain root, its links and its font's address put under `base`. */
export function underBase(diagram: RenderedDiagram, base: string): RenderedDiagram {
	if (base === '/') return diagram;
	const rebase = (svg: string) =>
		svg.replace(/ href="(\/[^"]*)"/g, (_, path: string) => ` href="${withBase(path, base)}"`).replace(/url\((\/[^)]*)\)/g, (_, path: string) => `url(${withBase(path, base)})`);
	return { ...diagram, svg: rebase(diagram.svg), laneTitles: rebase(diagram.laneTitles) };
}

/** The path of a cached font file, or undefined when it is not in the cache. */
export function cachedFontPath(fileName: string, cacheDir: string = diagramCacheDir()): string | undefined {
	const path = join(cacheDir, 'fonts', fileName);
	return /^sk-diagram-[0-9a-f]+\.woff2$/.test(fileName) && existsSync(path) ? path : undefined;
}

const require = createRequire(import.meta.url);
const RENDERER = JSON.stringify({
	version: RENDER_VERSION,
	mermaid: (require('mermaid/package.json') as { version: string }).version,
	svgo: SVGO_VERSION,
	font: createHash('sha256').update(readFileSync(require.resolve(DIAGRAM_FONT_FILE))).digest('hex'),
	config: MERMAID_CONFIG,
	css: DIAGRAM_CSS,
	script: inPageScript(),
});

function cacheKey({ id, source, base, fontText }: DiagramRequest): string {
	return createHash('sha256').update(RENDERER).update('\0').update(JSON.stringify({ id, base, text: source.text, fontText })).digest('hex');
}

function readEntry(cacheDir: string, key: string): RenderedDiagram | undefined {
	const file = join(cacheDir, `${key}.json`);
	if (!existsSync(file)) return undefined;
	const entry = JSON.parse(readFileSync(file, 'utf8')) as RenderedDiagram;
	const font = cachedFontPath(entry.fontFile, cacheDir);
	if (!font) return undefined;
	markUsed([file, font]);
	return entry;
}

function writeAtomically(path: string, data: string | Uint8Array): void {
	mkdirSync(join(path, '..'), { recursive: true });
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, data);
	renameSync(temporary, path);
}
