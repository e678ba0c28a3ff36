// The build's caches under node_modules/.cache/sk-*: an entry is marked when a build uses it, and entries no build has
// used for a while are removed, so that the caches do not grow with every change of the content.
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** The folder that holds the build's caches, under the project. */
export const BUILD_CACHE_ROOT = 'node_modules/.cache';

/** The build's caches of a project: every `sk-*` folder under `node_modules/.cache` (drawings, PDFs, compressed copies). */
export function buildCacheDirs(root: string): string[] {
	const parent = join(root, BUILD_CACHE_ROOT);
	try {
		return readdirSync(parent, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name.startsWith('sk-'))
			.map((entry) => join(parent, entry.name))
			.sort();
	} catch {
		return [];
	}
}

/** The days an entry of a build cache is kept without a build using it. */
export const CACHE_KEEP_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Marks cache files as used at `now` (their time of change), so that `pruneUnused` keeps them; a missing file is passed over. */
export function markUsed(paths: readonly string[], now: Date = new Date()): void {
	for (const path of paths) {
		try {
			utimesSync(path, now, now);
		} catch {
			// Gone meanwhile: the next build makes it again.
		}
	}
}

/** What `pruneUnused` removed: the number of files and their bytes. */
export interface Pruned {
	files: number;
	bytes: number;
}

/** Removes the files under a cache folder that no build has used (or written) for `keepDays` days; a missing folder is empty. */
export function pruneUnused(dir: string, keepDays: number = CACHE_KEEP_DAYS, now: number = Date.now()): Pruned {
	const pruned: Pruned = { files: 0, bytes: 0 };
	let names: string[];
	try {
		names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return pruned;
	}
	for (const name of names) {
		const path = join(dir, name);
		const stats = statSync(path, { throwIfNoEntry: false });
		if (!stats?.isFile() || now - stats.mtimeMs <= keepDays * DAY_MS) continue;
		rmSync(path, { force: true });
		pruned.files++;
		pruned.bytes += stats.size;
	}
	return pruned;
}
