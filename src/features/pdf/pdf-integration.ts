import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fillFileSizes, hasFileSizes } from './file-sizes';
import { pdfDocuments } from './pdf-documents';
import { makePdfs, pdfCacheDir } from './pdf-store';
import { translate } from './strings';
import type { Sop } from '../../model/schema';
import { MAIN_LANG } from '../../model/languages';

/**
 * Prints the PDFs from the built pages once the build is done (one Chromium session, none at all when the cache has
 * them), then writes each PDF's size into the pages that link to it: the size is known only once it is printed.
 * Goes after every integration that changes the pages' content and before the web server's compressed copies.
 */
export function pdfPrinting(sop: Sop, contentDate: string | undefined): AstroIntegration {
	let base = '/';
	let cacheDir = pdfCacheDir();
	return {
		name: 'sk-pdf',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				cacheDir = pdfCacheDir(fileURLToPath(config.root));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir).replace(/\/$/, '');
				const requests = pdfDocuments(sop).map((doc) => ({ doc, date: contentDate, creator: translate(MAIN_LANG, 'site.title') }));
				const { stats } = await makePdfs(requests, { dir: outDir, base }, cacheDir);
				const seconds = (stats.milliseconds / 1000).toFixed(1);
				logger.info(
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
				logger.info(`the sizes of the PDFs written into ${pages} pages`);
			},
		},
	};
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
