import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILDS, listPages, readPage } from '../../../test/support/built-site';
import { policyOf } from '../../../test/support/csp';
import { CSP_MAP_FILE, isPrecompressible, webServerFolderFor } from './web-server-files';

/** Every file of a build, relative to it, with `/`. */
function filesOf(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The entries of a generated map: page path → policy. */
function readMap(text: string): Map<string, string> {
	return new Map([...text.matchAll(/^\t"([^"]+)" "([^"]*)";$/gm)].map(([, uri, policy]) => [uri!, policy!]));
}

describe.each(BUILDS)('the web server’s files of the build at $base', (site) => {
	const files = filesOf(site.dir);
	const present = new Set(files);

	it('has a gzip and a Brotli copy of every page, and every copy decompresses to its file as built', () => {
		const problems: string[] = [];
		for (const file of files.filter((name) => name.endsWith('.html'))) {
			for (const suffix of ['.gz', '.br']) if (!present.has(file + suffix)) problems.push(`${file}: no ${suffix} copy`);
		}
		for (const copy of files.filter((name) => /\.(gz|br)$/.test(name))) {
			const file = copy.slice(0, -3);
			if (!present.has(file) || !isPrecompressible(file)) {
				problems.push(`${copy}: a copy of no text file of the build`);
				continue;
			}
			const data = readFileSync(join(site.dir, copy));
			const decompressed = copy.endsWith('.gz') ? gunzipSync(data) : brotliDecompressSync(data);
			if (!decompressed.equals(readFileSync(join(site.dir, file)))) problems.push(`${copy}: differs from ${file} (written before the file's last change?)`);
		}
		expect(problems).toEqual([]);
	});

	it('lists in the nginx map, beside the build and not in it, exactly each page’s own policy', () => {
		const mapFile = join(webServerFolderFor(site.dir), CSP_MAP_FILE);
		expect(existsSync(mapFile), `${mapFile} exists`).toBe(true);
		expect(files.some((file) => file.endsWith(CSP_MAP_FILE))).toBe(false);
		const map = readMap(readFileSync(mapFile, 'utf8'));
		const expected = new Map(listPages(site).map((page) => [page.endsWith('/') ? `${page}index.html` : page, policyOf(readPage(site, page))]));
		expect(map.size).toBe(expected.size);
		expect(Object.fromEntries(map)).toEqual(Object.fromEntries(expected));
	});
});
