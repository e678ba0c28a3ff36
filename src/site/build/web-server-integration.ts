import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COMPRESSED_CACHE_DIR, CSP_MAP_FILE, webServerFolderFor, writeNginxCspMap, writePrecompressedCopies } from './web-server-files';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

/**
 * Writes what the web server needs beside the pages (deploy/nginx/): the Content-Security-Policy of every page as an
 * nginx map, in a folder next to the build that is never served (`dist-nginx/csp-map.conf`), and a gzip and a Brotli
 * copy of every text file, which nginx sends as they are. Register it last: it must see the pages as they are shipped.
 */
export function webServerFilesIntegration(): AstroIntegration {
	let base = '/';
	let root = new URL('file:///');
	return {
		name: 'sk-web-server-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const mapFile = join(webServerFolderFor(outDir), CSP_MAP_FILE);
				const pages = await writeNginxCspMap(outDir, base, mapFile);
				const totals = await writePrecompressedCopies(outDir, join(fileURLToPath(root), COMPRESSED_CACHE_DIR));
				logger.info(`wrote the policies of ${pages} pages to ${relative(process.cwd(), mapFile)}`);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`gzip and Brotli copies of ${totals.files} text files: ${kb(totals.bytes)} → ${kb(totals.gzipBytes)} gzip, ${kb(totals.brotliBytes)} Brotli, ${totals.fromCache} from the cache (${seconds} s with the map)`);
			},
		},
	};
}
