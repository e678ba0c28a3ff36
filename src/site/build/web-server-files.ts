import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { parse } from 'node-html-parser';
import { markUsed } from '../../../tools/build-cache';

/** The extensions of the text files the web server may send precompressed (pages, styles, scripts, data, drawings). */
export const PRECOMPRESSED_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.mmd', '.csv', '.txt', '.bpmn']);

/** The suffixes of the precompressed copies, as nginx's `gzip_static` and `brotli_static` look for them. */
export const COMPRESSED_SUFFIXES = ['.gz', '.br'] as const;

/** The name of the nginx variable that holds a page's policy (`add_header Content-Security-Policy $sk_csp`). */
export const CSP_VARIABLE = '$sk_csp';

/** The generated nginx map's file name, in the folder beside the build (`dist-nginx/` for `dist/`). */
export const CSP_MAP_FILE = 'csp-map.conf';

/** Whether a built file is text that the build writes a gzip and a Brotli copy of. */
export function isPrecompressible(file: string): boolean {
	return PRECOMPRESSED_EXTENSIONS.has(extname(file).toLowerCase());
}

/** The folder for the web server's own files of a build, beside it and never served: `dist-nginx/` for `dist/`. */
export function webServerFolderFor(outDir: string): string {
	return `${outDir.replace(/[\\/]+$/, '')}-nginx`;
}

/** The path nginx sees (`$uri`) for a file of the build: the base, then the file's path in the build. */
export function uriOfFile(base: string, relativePath: string): string {
	return `${base.replace(/\/?$/, '/')}${relativePath.split(sep).join('/')}`;
}

/** The page's Content Security Policy, from its `<meta http-equiv="content-security-policy">`; undefined without one. */
export function metaPolicy(html: string): string | undefined {
	const tag = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy\b[^>]*>/i.exec(html)?.[0];
	return tag === undefined ? undefined : parse(tag).querySelector('meta')?.getAttribute('content');
}

/** A value as an nginx quoted string; throws on what nginx would read as a variable, an escape or the string's end. */
function nginxString(value: string): string {
	if (/["\\$\u0000-\u001f]/.test(value)) throw new Error(`cannot write ${JSON.stringify(value)} in the nginx map: it holds a quote, a backslash, a $ or a control character`);
	return `"${value}"`;
}

/** The nginx `map` from each page's path (`$uri` once nginx has added `index.html`) to its policy, one line per page, sorted. */
export function nginxCspMap(policies: ReadonlyMap<string, string>): string {
	const lines = [...policies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([uri, policy]) => `\t${nginxString(uri)} ${nginxString(policy)};`);
	return [
		"# The Content-Security-Policy of each page, as the page's <meta> states it. Written by the build: do not edit.",
		'# Include it inside http { } (see deploy/nginx/http.conf); deploy it with the pages it was built with.',
		`map $uri ${CSP_VARIABLE} {`,
		'\tdefault "";',
		...lines,
		'}',
		'',
	].join('\n');
}

/** Every file of a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Sizes of the text files and of their copies. */
export interface PrecompressedTotals {
	files: number;
	/** How many files' copies came from the cache. */
	fromCache: number;
	bytes: number;
	gzipBytes: number;
	brotliBytes: number;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Gzip at its best level, which costs readers nothing: the file is compressed once, at build time. */
function gzipBest(data: Buffer): Promise<Buffer> {
	return gzipAsync(data, { level: 9 });
}

/** Brotli at quality 10: 7 % smaller than quality 9 and below on this site, within 2 % of quality 11 in 40 % of its time (about 2 s of CPU per build). */
function brotliText(data: Buffer): Promise<Buffer> {
	return brotliAsync(data, {
		params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
	});
}

/** Where the build keeps the compressed copies it made, by content: a rebuild compresses only what changed. */
export const COMPRESSED_CACHE_DIR = 'node_modules/.cache/sk-compressed';

/** Bump when the compression settings change: the cache keys see the content, not the settings. */
const COMPRESSION_VERSION = 'gzip9-br10-text-1';

/** How many files are compressed at once: enough to keep every core busy, few enough to hold little memory. */
const COMPRESSING_AT_ONCE = 8;

/** Numbers the temporary files of cache entries: two files of a build with the same content are compressed side by side. */
let temporaryCount = 0;

/** The gzip and Brotli copies of some content, from the cache when it holds them, else made and cached. */
async function compressedCopies(data: Buffer, cacheDir: string | undefined): Promise<{ copies: [gz: Buffer, br: Buffer]; cached: boolean }> {
	const key = cacheDir && join(cacheDir, createHash('sha256').update(COMPRESSION_VERSION).update(data).digest('hex'));
	if (key) {
		const cached = await Promise.all([readFile(`${key}.gz`), readFile(`${key}.br`)]).catch(() => undefined);
		if (cached) {
			markUsed([`${key}.gz`, `${key}.br`]);
			return { copies: cached as [Buffer, Buffer], cached: true };
		}
	}
	const copies: [Buffer, Buffer] = await Promise.all([gzipBest(data), brotliText(data)]);
	if (key) {
		await mkdir(cacheDir!, { recursive: true });
		// Written under a temporary name, then renamed: a build stopped halfway leaves no truncated entry.
		await Promise.all(
			COMPRESSED_SUFFIXES.map(async (suffix, i) => {
				const temporary = `${key}${suffix}.${process.pid}-${++temporaryCount}.tmp`;
				await writeFile(temporary, copies[i]!);
				await rename(temporary, `${key}${suffix}`);
			}),
		);
	}
	return { copies, cached: false };
}

/** `work` applied to every item, at most `limit` at a time; the results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await work(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/** Writes `data` to `file` when it is smaller than the original; otherwise removes a copy left from before. */
async function writeIfSmaller(file: string, data: Buffer, originalSize: number): Promise<number> {
	if (data.length >= originalSize) {
		await rm(file, { force: true });
		return originalSize;
	}
	await writeFile(file, data);
	return data.length;
}

/**
 * Writes a gzip (`.gz`) and a Brotli (`.br`) copy beside each text file of a build, for nginx's `gzip_static` and
 * `brotli_static`; a copy that would not be smaller is left out. The zlib work runs on Node's thread pool, a few files
 * at a time. With `cacheDir`, copies of content compressed before (by any build) come from there.
 */
export async function writePrecompressedCopies(dir: string, cacheDir?: string): Promise<PrecompressedTotals> {
	const files = (await filesUnder(dir)).filter(isPrecompressible);
	const sizes = await mapLimited(files, COMPRESSING_AT_ONCE, async (file) => {
		const path = join(dir, file);
		const data = await readFile(path);
		const { copies: [gz, br], cached } = await compressedCopies(data, cacheDir);
		return { cached, bytes: data.length, gzipBytes: await writeIfSmaller(`${path}.gz`, gz, data.length), brotliBytes: await writeIfSmaller(`${path}.br`, br, data.length) };
	});
	const totals: PrecompressedTotals = { files: sizes.length, fromCache: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
	for (const size of sizes) {
		if (size.cached) totals.fromCache++;
		totals.bytes += size.bytes;
		totals.gzipBytes += size.gzipBytes;
		totals.brotliBytes += size.brotliBytes;
	}
	return totals;
}

/** Each HTML page of a build with its policy, by the path nginx sees (`/sop/langkah/x/index.html`); pages without one are left out. */
export async function pagePolicies(dir: string, base: string): Promise<Map<string, string>> {
	const policies = new Map<string, string>();
	for (const file of (await filesUnder(dir)).filter((name) => name.endsWith('.html'))) {
		const policy = metaPolicy(await readFile(join(dir, file), 'utf8'));
		if (policy !== undefined) policies.set(uriOfFile(base, file), policy);
	}
	return policies;
}

/** Writes the nginx map of each page's policy of the build in `dir` to `file`; returns the number of pages it lists. */
export async function writeNginxCspMap(dir: string, base: string, file: string): Promise<number> {
	const policies = await pagePolicies(dir, base);
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, nginxCspMap(policies));
	return policies.size;
}
