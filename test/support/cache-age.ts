import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_KEEP_DAYS } from '../../tools/build-cache';

/** Makes every file under a cache folder look unused for longer than the build keeps it: what a build then takes from it must mark it again. */
export function ageCacheFiles(dir: string): void {
	const old = new Date(Date.now() - (CACHE_KEEP_DAYS + 1) * 24 * 60 * 60 * 1000);
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, name);
		if (statSync(path).isFile()) utimesSync(path, old, old);
	}
}
