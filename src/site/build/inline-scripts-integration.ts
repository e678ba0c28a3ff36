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
				const files = await htmlFiles(fileURLToPath(dir));
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const minified = finaliseInlineScripts(html, minify, hashForCsp);
					if (minified !== html) await writeFile(file, minified);
				}
				logger.info(`minified the inline scripts of ${files.length} pages and listed their hashes in each page's policy`);
			},
		},
	};
}
