import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';
import { hashForCsp } from '../csp';
import { finaliseInlineScripts } from './inline-scripts';

/** Every HTML file under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Minifies a classic script; top-level names stay, as other scripts may use them. */
function minify(code: string): string {
	return transformSync(code, { loader: 'js', minify: true }).code.trim();
}

/** `minify` that minifies each distinct script once: every page holds the same few scripts. */
function memoised(transform: (code: string) => string): (code: string) => string {
	const done = new Map<string, string>();
	return (code) => {
		let result = done.get(code);
		if (result === undefined) done.set(code, (result = transform(code)));
		return result;
	};
}

/**
 * Finishes the inline scripts of the built pages. It minifies the classic ones: Starlight writes its theme and sidebar
 * scripts into every page as they stand in its source (about 0.25 KB gzip per page), and the bundler minifies only
 * module scripts. Then each page's Content Security Policy allows exactly the inline scripts that page holds, by hash.
 */
export function inlineScriptsIntegration(): AstroIntegration {
	return {
		name: 'sk-inline-scripts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const files = await htmlFiles(fileURLToPath(dir));
				const minifyOnce = memoised(minify);
				const hashOnce = memoised(hashForCsp);
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const minified = finaliseInlineScripts(html, minifyOnce, hashOnce);
					if (minified !== html) await writeFile(file, minified);
				}
				logger.info(`minified the inline scripts of ${files.length} pages and listed their hashes in each page's policy (${((performance.now() - started) / 1000).toFixed(1)} s)`);
			},
		},
	};
}
