import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCacheDirs, CACHE_KEEP_DAYS, markUsed, pruneUnused } from './build-cache';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1);
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A cache folder with files last used the given number of days before NOW. */
function cacheWith(files: Record<string, number>): string {
	const dir = mkdtempSync(join(tmpdir(), 'sk-cache-'));
	folders.push(dir);
	for (const [name, daysAgo] of Object.entries(files)) {
		const path = join(dir, name);
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, 'x'.repeat(10));
		const time = new Date(NOW - daysAgo * DAY_MS);
		utimesSync(path, time, time);
	}
	return dir;
}

describe('pruneUnused', () => {
	it('removes the files no build has used for the days kept, in subfolders too, and keeps the others', () => {
		const dir = cacheWith({ 'old.json': CACHE_KEEP_DAYS + 1, 'fonts/old.woff2': 40, 'recent.json': CACHE_KEEP_DAYS - 1, 'today.pdf': 0 });
		expect(pruneUnused(dir, CACHE_KEEP_DAYS, NOW)).toEqual({ files: 2, bytes: 20 });
		expect(['old.json', 'fonts/old.woff2', 'recent.json', 'today.pdf'].map((name) => existsSync(join(dir, name)))).toEqual([false, false, true, true]);
	});

	it('finds nothing to remove in a folder that does not exist', () => expect(pruneUnused(join(tmpdir(), 'sk-cache-none-here'), 1, NOW)).toEqual({ files: 0, bytes: 0 }));
});

describe('markUsed', () => {
	it('keeps a file a build used from being pruned, and passes over a missing one', () => {
		const dir = cacheWith({ 'used.json': 30, 'unused.json': 30 });
		markUsed([join(dir, 'used.json'), join(dir, 'gone.json')], new Date(NOW));
		expect(statSync(join(dir, 'used.json')).mtimeMs).toBe(NOW);
		expect(pruneUnused(dir, CACHE_KEEP_DAYS, NOW).files).toBe(1);
		expect(existsSync(join(dir, 'used.json'))).toBe(true);
	});
});

describe('buildCacheDirs', () => {
	it('gives the sk-* folders under node_modules/.cache, not other tools’ caches', () => {
		const root = cacheWith({ 'node_modules/.cache/sk-pdf/a.pdf': 0, 'node_modules/.cache/sk-diagram/b.json': 0, 'node_modules/.cache/vite/c': 0, 'node_modules/.cache/sk-file': 0 });
		expect(buildCacheDirs(root)).toEqual([join(root, 'node_modules/.cache/sk-diagram'), join(root, 'node_modules/.cache/sk-pdf')]);
	});

	it('gives none before the first build', () => expect(buildCacheDirs(join(tmpdir(), 'sk-cache-none-here'))).toEqual([]));
});
