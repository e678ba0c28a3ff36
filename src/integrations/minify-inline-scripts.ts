import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';
import { minifyInlineScripts } from '../lib/inline-scripts';

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
 * Minifies the classic inline scripts of the built pages. Starlight writes its theme and sidebar scripts into every
 * page as it formats them in its source (about 0.25 KB gzip per page); the bundler minifies only module scripts.
 */
export function minifyInlineScriptsIntegration(): AstroIntegration {
	return {
		name: 'sk-minify-inline-scripts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = await htmlFiles(fileURLToPath(dir));
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const minified = minifyInlineScripts(html, minify);
					if (minified !== html) await writeFile(file, minified);
				}
				logger.info(`minified the inline scripts of ${files.length} pages`);
			},
		},
	};
}
