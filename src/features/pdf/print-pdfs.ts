import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillFileSizes, hasFileSizes } from './file-sizes';
import { pdfDocuments } from './pdf-documents';
import { makePdfs, pdfCacheDir } from './pdf-store';
import { translate } from './strings';
import type { Sop } from '../../model/schema';
import { MAIN_LANG } from '../../model/languages';

/** A finished build: its folder, its base path, the origin it is published at (when known), and the project root (where the cache is). */
export interface FinishedBuild {
	outDir: string;
	base: string;
	site: string | undefined;
	root: string;
}

/**
 * Prints the PDFs from the built pages (one Chromium session, none at all when the cache has them), then writes each
 * PDF's size into the pages that link to it: the size is known only once it is printed. Runs after `astro build` has
 * exited (`build-step.ts finish`), so that Chromium never runs beside the memory page generation left behind; the web
 * server's compressed copies are made after it.
 */
export async function printPdfs(sop: Sop, contentDate: string | undefined, build: FinishedBuild, log: (message: string) => void): Promise<void> {
	const outDir = build.outDir.replace(/\/$/, '');
	const requests = pdfDocuments(sop).map((doc) => ({ doc, date: contentDate, creator: translate(MAIN_LANG, 'site.title'), siteOrigin: build.site }));
	const { stats } = await makePdfs(requests, { dir: outDir, base: build.base }, pdfCacheDir(build.root));
	const seconds = (stats.milliseconds / 1000).toFixed(1);
	log(
		stats.chromiumStarted
			? `${stats.printed} PDFs printed in Chromium, ${stats.fromCache} from the cache (${seconds} s, Chromium CPU ${(stats.chromiumCpuMilliseconds / 1000).toFixed(1)} s)`
			: `all ${stats.fromCache} PDFs from the cache, Chromium not started (${seconds} s)`,
	);
	let pages = 0;
	for (const file of htmlFiles(outDir)) {
		const html = readFileSync(file, 'utf8');
		if (!hasFileSizes(html)) continue;
		writeFileSync(file, fillFileSizes(html, (path) => fileSize(outDir, path, file)));
		pages++;
	}
	log(`the sizes of the PDFs written into ${pages} pages`);
}

/** The size of a built file a page names; the build stops when there is none. */
function fileSize(outDir: string, path: string, page: string): number {
	const file = join(outDir, path);
	if (!existsSync(file)) throw new Error(`${page} gives the size of ${path}, which the build does not contain`);
	return statSync(file).size;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}
