import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pruneUnused } from '../../../tools/build-cache';
import { ageCacheFiles } from '../../../test/support/cache-age';
import { isPrecompressible, metaPolicy, nginxCspMap, uriOfFile, webServerFolderFor, writeNginxCspMap, writePrecompressedCopies } from './web-server-files';

const page = (policy?: string) =>
	`<!doctype html><html><head><meta charset="utf-8">${policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}<title>x</title></head><body>${'<p>Langkah kerjasama teknik.</p>'.repeat(40)}</body></html>`;

describe('isPrecompressible', () => {
	it('takes text: pages, styles, scripts, data, drawings, Mermaid and BPMN files', () => {
		for (const file of ['a/index.html', 'x.css', 'x.js', 'x.mjs', 'x.json', 'x.svg', 'x.xml', 'alur.mmd', 'x.csv', 'x.txt', 'x.bpmn', 'X.HTML']) expect(isPrecompressible(file), file).toBe(true);
	});
	it('leaves fonts, images, Pagefind’s compressed index and the copies themselves', () => {
		for (const file of ['x.woff2', 'x.png', 'x.pdf', 'f/en_1.pf_fragment', 'wasm.en.pagefind', 'x.html.gz', 'x.html.br', 'Makefile']) expect(isPrecompressible(file), file).toBe(false);
	});
});

describe('paths', () => {
	it('puts the web server’s files beside the build', () => {
		expect(webServerFolderFor('dist')).toBe('dist-nginx');
		expect(webServerFolderFor('/srv/site/dist-subpath/')).toBe('/srv/site/dist-subpath-nginx');
	});
	it('gives the path nginx sees for a built file, under the base', () => {
		expect(uriOfFile('/', 'index.html')).toBe('/index.html');
		expect(uriOfFile('/sop-kerjasama/', 'langkah/x/index.html')).toBe('/sop-kerjasama/langkah/x/index.html');
		expect(uriOfFile('/sop-kerjasama', '404.html')).toBe('/sop-kerjasama/404.html');
	});
});

describe('metaPolicy', () => {
	it('reads the policy of the page’s <meta>, entities decoded', () => {
		expect(metaPolicy(page("default-src 'self'; script-src 'self' 'sha256-a+b/c='"))).toBe("default-src 'self'; script-src 'self' 'sha256-a+b/c='");
		expect(metaPolicy('<meta content="img-src &#39;self&#39; data:" http-equiv="Content-Security-Policy">')).toBe("img-src 'self' data:");
	});
	it('is undefined for a page without one', () => expect(metaPolicy(page())).toBeUndefined());
});

describe('nginxCspMap', () => {
	it('maps each page path to its policy, one sorted line each, with an empty default', () => {
		const map = nginxCspMap(
			new Map([
				['/sop/langkah/x/index.html', "script-src 'self' 'sha256-b'"],
				['/sop/index.html', "script-src 'self' 'sha256-a'"],
			]),
		);
		expect(map.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
			'map $uri $sk_csp {',
			'\tdefault "";',
			`\t"/sop/index.html" "script-src 'self' 'sha256-a'";`,
			`\t"/sop/langkah/x/index.html" "script-src 'self' 'sha256-b'";`,
			'}',
			'',
		]);
	});
	it('refuses what nginx would read as a variable, an escape or the end of the string', () => {
		for (const bad of ['a$b', 'a"b', 'a\\b', 'a\nb']) expect(() => nginxCspMap(new Map([['/x.html', bad]])), bad).toThrow(/cannot write/);
		expect(() => nginxCspMap(new Map([['/$x.html', "default-src 'self'"]]))).toThrow(/cannot write/);
	});
});

describe('writing the files', () => {
	const build = () => {
		const dir = mkdtempSync(join(tmpdir(), 'web-server-files-'));
		mkdirSync(join(dir, 'langkah'));
		writeFileSync(join(dir, 'index.html'), page("default-src 'self'"));
		writeFileSync(join(dir, 'langkah', 'index.html'), page("default-src 'self'; script-src 'self' 'sha256-x'"));
		writeFileSync(join(dir, 'tanpa.html'), page());
		writeFileSync(join(dir, 'font.woff2'), 'wOF2'.repeat(200));
		writeFileSync(join(dir, 'kecil.txt'), 'a');
		// A copy left from an earlier build of a file that no longer compresses.
		writeFileSync(join(dir, 'kecil.txt.gz'), 'stale');
		return dir;
	};

	it('writes a gzip and a Brotli copy of each text file, which decompress to the file', async () => {
		const dir = build();
		const totals = await writePrecompressedCopies(dir);
		for (const file of ['index.html', 'langkah/index.html', 'tanpa.html']) {
			const original = readFileSync(join(dir, file));
			expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
			expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), file).toBe(true);
		}
		expect(existsSync(join(dir, 'font.woff2.gz'))).toBe(false);
		expect(totals.files).toBe(4);
		expect(totals.gzipBytes).toBeLessThan(totals.bytes);
		expect(totals.brotliBytes).toBeLessThan(totals.bytes);
	});

	it('leaves out a copy that would not be smaller, and removes one left from before', async () => {
		const dir = build();
		await writePrecompressedCopies(dir);
		expect(existsSync(join(dir, 'kecil.txt.gz'))).toBe(false);
		expect(existsSync(join(dir, 'kecil.txt.br'))).toBe(false);
	});

	it('takes from the cache the copies of content compressed before, and compresses changed content anew', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'web-server-cache-'));
		const first = build();
		expect((await writePrecompressedCopies(first, cache)).fromCache).toBe(0);
		const second = build();
		writeFileSync(join(second, 'tanpa.html'), page("img-src 'self'"));
		const totals = await writePrecompressedCopies(second, cache);
		expect(totals.fromCache).toBe(totals.files - 1);
		for (const file of ['index.html', 'tanpa.html']) {
			const original = readFileSync(join(second, file));
			expect(gunzipSync(readFileSync(join(second, `${file}.gz`))).equals(original), file).toBe(true);
			expect(brotliDecompressSync(readFileSync(join(second, `${file}.br`))).equals(original), file).toBe(true);
		}
		expect(readFileSync(join(second, 'index.html.br')).equals(readFileSync(join(first, 'index.html.br')))).toBe(true);
	});

	it('marks the copies it takes from the cache as used, so that the build keeps them', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'web-server-cache-'));
		await writePrecompressedCopies(build(), cache);
		ageCacheFiles(cache);
		expect((await writePrecompressedCopies(build(), cache)).fromCache).toBeGreaterThan(0);
		expect(pruneUnused(cache).files).toBe(0);
	});

	it('caches two files of the same content, compressed side by side, without a clash', async () => {
		const dir = build();
		for (const name of ['sama-1.html', 'sama-2.html', 'sama-3.html']) writeFileSync(join(dir, name), page("default-src 'self'"));
		const totals = await writePrecompressedCopies(dir, mkdtempSync(join(tmpdir(), 'web-server-cache-')));
		expect(totals.files).toBe(7);
		for (const name of ['sama-1.html', 'sama-3.html']) expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(readFileSync(join(dir, name))), name).toBe(true);
	});

	it('compresses anew when a cached copy is missing', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'web-server-cache-'));
		await writePrecompressedCopies(build(), cache);
		for (const entry of readdirSync(cache).filter((name) => name.endsWith('.br'))) rmSync(join(cache, entry));
		const dir = build();
		expect((await writePrecompressedCopies(dir, cache)).fromCache).toBe(0);
		expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).equals(readFileSync(join(dir, 'index.html')))).toBe(true);
	});

	it('writes the map of the pages that have a policy, by the path nginx sees', async () => {
		const dir = build();
		const file = join(`${dir}-nginx`, 'csp-map.conf');
		expect(await writeNginxCspMap(dir, '/sop/', file)).toBe(2);
		const lines = readFileSync(file, 'utf8').split('\n');
		expect(lines).toContain(`\t"/sop/index.html" "default-src 'self'";`);
		expect(lines).toContain(`\t"/sop/langkah/index.html" "default-src 'self'; script-src 'self' 'sha256-x'";`);
		expect(lines.some((line) => line.includes('tanpa'))).toBe(false);
	});
});
