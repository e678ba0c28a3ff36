import { join, relative } from 'node:path';
import { COMPRESSED_CACHE_DIR, CSP_MAP_FILE, webServerFolderFor, writeNginxCspMap, writePrecompressedCopies } from './web-server-files';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

/**
 * Writes what the web server needs beside the pages (deploy/nginx/): the Content-Security-Policy of every page as an
 * nginx map, in a folder next to the build that is never served (`dist-nginx/csp-map.conf`), and a gzip and a Brotli
 * copy of every text file, which nginx sends as they are. The last step of the build: it must see the pages as shipped.
 */
export async function writeWebServerFiles(build: { outDir: string; base: string; root: string }, log: (message: string) => void): Promise<void> {
	const started = performance.now();
	const mapFile = join(webServerFolderFor(build.outDir), CSP_MAP_FILE);
	const pages = await writeNginxCspMap(build.outDir, build.base, mapFile);
	const totals = await writePrecompressedCopies(build.outDir, join(build.root, COMPRESSED_CACHE_DIR));
	log(`wrote the policies of ${pages} pages to ${relative(process.cwd(), mapFile)}`);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	log(`gzip and Brotli copies of ${totals.files} text files: ${kb(totals.bytes)} → ${kb(totals.gzipBytes)} gzip, ${kb(totals.brotliBytes)} Brotli, ${totals.fromCache} from the cache (${seconds} s with the map)`);
}
