import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Sop } from '../../model/schema';
import { allDiagramRequests, type DiagramVariant } from './diagrams';
import { cachedFontPath, DIAGRAM_FONT_FOLDER, diagramCacheDir, renderDiagrams } from './diagram-store';

/** The file, in the cache folder, where each build notes what drawing the diagrams cost (read by `npm run diagram:budget`). */
export const LAST_BUILD_FILE = 'last-build.json';

const FONT_URL = /\/_astro\/(sk-diagram-[0-9a-f]+\.woff2)/g;

/**
 * Draws every flow diagram and its variants into the cache (one Chromium session, none at all when the cache has them),
 * and notes what it cost in the cache folder. `npm run build` calls it in a process of its own before `astro build`
 * (`build-step.ts draw`), so that Chromium never runs beside Astro's own memory.
 */
export async function drawFlowDiagrams(sop: Sop, base: string, variants: DiagramVariant[], cacheDir: string, log: (message: string) => void): Promise<void> {
	const { stats } = await renderDiagrams(allDiagramRequests(sop, base, variants), cacheDir);
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(join(cacheDir, LAST_BUILD_FILE), JSON.stringify(stats));
	const seconds = (stats.milliseconds / 1000).toFixed(1);
	log(
		stats.chromiumStarted
			? `${stats.rendered} diagrams drawn with Mermaid in Chromium, ${stats.fromCache} from the cache (${seconds} s, CPU ${(stats.cpuMilliseconds / 1000).toFixed(1)} s)`
			: `all ${stats.fromCache} diagrams from the cache, Chromium not started (${seconds} s)`,
	);
}

/**
 * Makes sure every flow diagram is drawn before the pages are built (after `build-step.ts draw` all come from the cache;
 * a plain `astro build` draws what the cache lacks), copies the diagram fonts the pages use into the build, and serves
 * them in development. `variants` are drawn too (their whole flow in each language), so that the pages that show them
 * find them ready.
 */
export function flowDiagrams(sop: Sop, variants: DiagramVariant[] = []): AstroIntegration {
	let base = '/';
	let cacheDir = diagramCacheDir();
	return {
		name: 'sk-flow-diagrams',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				cacheDir = diagramCacheDir(fileURLToPath(config.root));
			},
			'astro:build:start': ({ logger }) => drawFlowDiagrams(sop, base, variants, cacheDir, (message) => logger.info(message)),
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const fonts = new Set<string>();
				for (const file of htmlFiles(outDir)) for (const match of readFileSync(file, 'utf8').matchAll(FONT_URL)) fonts.add(match[1]!);
				mkdirSync(join(outDir, DIAGRAM_FONT_FOLDER), { recursive: true });
				for (const font of fonts) {
					const source = cachedFontPath(font, cacheDir);
					if (!source) throw new Error(`The diagram font ${font} is not in ${cacheDir}: delete the folder and build again`);
					copyFileSync(source, join(outDir, DIAGRAM_FONT_FOLDER, font));
				}
				logger.info(`${fonts.size} diagram font files copied`);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					const name = /\/_astro\/(sk-diagram-[0-9a-f]+\.woff2)$/.exec(request.url ?? '')?.[1];
					const path = name && cachedFontPath(name, cacheDir);
					if (!path) return next();
					response.setHeader('Content-Type', 'font/woff2');
					response.end(readFileSync(path));
				});
			},
		},
	};
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}
