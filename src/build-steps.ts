import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { sop } from './content/sop';
import { regulations } from './content/regulations';
import { drawFlowDiagrams } from './features/diagram/diagram-integration';
import { diagramCacheDir } from './features/diagram/diagram-store';
import type { DiagramVariant } from './features/diagram/diagrams';
import { printPdfs } from './features/pdf/print-pdfs';
import { statusDiagramVariant } from './features/regulations/status-diagram';
import { writeWebServerFiles } from './site/build/web-server-step';
import { contentDate } from './site/build-info';
import { buildOutDir, resolveDeployment } from './site/deployment';

/** The project root, where the caches are. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The diagram variants drawn besides the flow diagrams: the whole flow by status against PP 28/2018 (the page of changes shows it). */
export const DIAGRAM_VARIANTS: DiagramVariant[] = [statusDiagramVariant(regulations)];

/** Before `astro build`: draws the flow diagrams of this build's base path into the cache. */
export async function drawStep(env: Record<string, string | undefined>, log: (message: string) => void): Promise<void> {
	const { base } = resolveDeployment(env);
	await drawFlowDiagrams(sop, base, DIAGRAM_VARIANTS, diagramCacheDir(ROOT), log);
}

/** After `astro build`: prints the PDFs into the build and writes the web server's files (compressed copies, policies). */
export async function finishStep(env: Record<string, string | undefined>, log: (message: string) => void): Promise<void> {
	const build = { outDir: resolve(ROOT, buildOutDir(env)), base: resolveDeployment(env).base, root: ROOT };
	await printPdfs(sop, contentDate, build, log);
	await writeWebServerFiles(build, log);
}
