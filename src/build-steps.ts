import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regulations } from './content/regulations';
import type { DiagramVariant } from './features/diagram/diagrams';
import { statusDiagramVariant } from './features/regulations/status-diagram';
import { buildOutDir, resolveDeployment } from './site/deployment';

/** The project root, where the caches are. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The diagram variants drawn besides the flow diagrams: the whole flow by status against PP 28/2018 (the page of changes shows it). */
export const DIAGRAM_VARIANTS: DiagramVariant[] = [statusDiagramVariant(regulations)];

// Each step loads only the modules it needs (each runs in a process of its own, `build-step.ts`).

/** Before `astro build`: draws the flow diagrams of this build's base path into the cache. */
export async function drawStep(env: Record<string, string | undefined>, log: (message: string) => void): Promise<void> {
	const [{ sop }, { drawFlowDiagrams }, { diagramCacheDir }] = await Promise.all([
		import('./content/sop'),
		import('./features/diagram/diagram-integration'),
		import('./features/diagram/diagram-store'),
	]);
	await drawFlowDiagrams(sop, resolveDeployment(env).base, DIAGRAM_VARIANTS, diagramCacheDir(ROOT), log);
}

/** After `astro build`: prints the PDFs into the build and writes the web server's files (compressed copies, policies). */
export async function finishStep(env: Record<string, string | undefined>, log: (message: string) => void): Promise<void> {
	const [{ sop }, { contentDate }, { printPdfs }, { writeWebServerFiles }] = await Promise.all([
		import('./content/sop'),
		import('./site/build-info'),
		import('./features/pdf/print-pdfs'),
		import('./site/build/web-server-step'),
	]);
	const { site, base } = resolveDeployment(env);
	const build = { outDir: resolve(ROOT, buildOutDir(env)), base, site, root: ROOT };
	await printPdfs(sop, contentDate, build, log);
	await writeWebServerFiles(build, log);
	await pruneBuildCaches(log);
}

/** Removes what no build has used for `CACHE_KEEP_DAYS` days from the build's caches (`node_modules/.cache/sk-*`), and says so when there was any. */
async function pruneBuildCaches(log: (message: string) => void): Promise<void> {
	const { CACHE_KEEP_DAYS, buildCacheDirs, pruneUnused } = await import('../tools/build-cache');
	const pruned = buildCacheDirs(ROOT).map((dir) => pruneUnused(dir));
	const files = pruned.reduce((sum, { files }) => sum + files, 0);
	const kilobytes = Math.round(pruned.reduce((sum, { bytes }) => sum + bytes, 0) / 1000);
	if (files > 0) log(`${files} cache files no build used for ${CACHE_KEEP_DAYS} days removed (${kilobytes} KB)`);
}
