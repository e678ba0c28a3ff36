/**
 * Prints the gzip size of the wizard's own client JavaScript in a build and fails above the budget.
 * "Own" means the scripts any wizard page (`posisi/` and every page under it) loads, with their imports, that the
 * home page does not load; each counted once.
 * Usage: node tools/measure-wizard.ts [dist-folder]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { GZIP_LEVEL, WIZARD_JS_KB } from './budgets.ts';

/** The budget for the wizard's own JavaScript, gzip bytes (tools/budgets.ts). */
export const WIZARD_JS_BUDGET = WIZARD_JS_KB * 1000;

/** One script a wizard page loads and the home page does not. */
export interface ScriptSize {
	name: string;
	bytes: number;
	gzip: number;
}

/** The wizard's own scripts in a build folder, with their sizes. */
export function measureWizardScripts(distDir: string): ScriptSize[] {
	const wizardDir = join(distDir, 'posisi');
	if (!existsSync(join(wizardDir, 'index.html'))) throw new Error(`${join(wizardDir, 'index.html')} does not exist: build the site first`);
	const baseline = scriptsOf(distDir, join(distDir, 'index.html'));
	const own = new Map<string, string>();
	for (const page of pagesUnder(wizardDir)) {
		for (const [name, code] of scriptsOf(distDir, page)) if (!baseline.has(name)) own.set(name, code);
	}
	return [...own].map(([name, code]) => ({ name, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: GZIP_LEVEL }).length }));
}

/** Every page (`index.html`) in a folder and the folders under it. */
function pagesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path === 'index.html' || path.endsWith('/index.html'))
		.map((path) => join(dir, path));
}

/** Every module script of a page, inline or from a file, with the files those import: name → code. */
function scriptsOf(distDir: string, page: string): Map<string, string> {
	const scripts = new Map<string, string>();
	const base = detectBase(distDir, page);
	const addFile = (urlPath: string) => {
		if (scripts.has(urlPath)) return;
		const file = join(distDir, urlPath.slice(base.length));
		if (!existsSync(file)) throw new Error(`script ${urlPath} not found in ${distDir}`);
		const code = readFileSync(file, 'utf8');
		scripts.set(urlPath, code);
		for (const specifier of importsOf(code)) addFile(posix.join(posix.dirname(urlPath), specifier));
	};
	for (const script of parse(readFileSync(page, 'utf8')).querySelectorAll('script[type="module"]')) {
		const src = script.getAttribute('src');
		if (src) addFile(src);
		else scripts.set(`inline:${script.textContent}`, script.textContent);
	}
	return scripts;
}

/** The relative module specifiers a bundled script imports. */
function importsOf(code: string): string[] {
	return [...code.matchAll(/\b(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]!);
}

/** The base path the build was made for, read from the page's own script URLs. */
function detectBase(distDir: string, page: string): string {
	const src = parse(readFileSync(page, 'utf8')).querySelector('script[src*="/_astro/"]')?.getAttribute('src') ?? '/_astro/';
	const base = src.slice(0, src.indexOf('_astro/'));
	if (!existsSync(join(distDir, '_astro'))) throw new Error(`${distDir} has no _astro folder`);
	return base;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const distDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
	const scripts = measureWizardScripts(distDir);
	const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
	for (const s of scripts) console.log(`${s.name.startsWith('inline:') ? '(inline module)' : s.name}: ${s.bytes} B, ${s.gzip} B gzip`);
	console.log(`wizard JavaScript: ${total} B gzip (budget ${WIZARD_JS_BUDGET} B)`);
	if (scripts.length === 0) {
		console.error('no wizard script found');
		process.exit(1);
	}
	if (total > WIZARD_JS_BUDGET) {
		console.error(`over budget by ${total - WIZARD_JS_BUDGET} B`);
		process.exit(1);
	}
}
