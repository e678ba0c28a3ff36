#!/usr/bin/env node
// Measures the flow diagram's budgets on this machine and prints them; exits 1 when one is missed.
// It builds the site twice into a temporary folder: once with the diagram cache emptied (a clean build),
// once more without any change (a rebuild). Run it with `npm run diagram:budget`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CACHE = 'node_modules/.cache/sk-diagram';
const BUDGET = { svgGzipBytes: 15 * 1024, mermaidJsBytes: 0, cleanMs: 10_000, rebuildMs: 500 };

const outDir = mkdtempSync(join(tmpdir(), 'sk-diagram-budget-'));
try {
	rmSync(CACHE, { recursive: true, force: true });
	const clean = build();
	const rebuild = build();
	// Other work on the machine stretches the wall time; past one waiting process per core, CPU time says more.
	const busy = Number(loadAverage()) > cpus().length;
	const svgs = ['alur/index.html', 'en/alur/index.html'].map((page) => {
		const svg = /<svg\b[^>]*\bid="sk-flow-(?:id|en)"[\s\S]*?<\/svg>/.exec(readFileSync(join(outDir, page), 'utf8'))?.[0];
		if (!svg) throw new Error(`No flow diagram in ${page}`);
		return { page, bytes: Buffer.byteLength(svg), gzip: gzipSync(svg, { level: 9 }).length };
	});
	const mermaidJs = files(outDir)
		.filter((file) => /\.m?js$/.test(file) && /mermaid/i.test(readFileSync(file, 'utf8')))
		.reduce((sum, file) => sum + statSync(file).size, 0);

	const rows = [
		...svgs.map(({ page, bytes, gzip }) => [`full-flow SVG in /${page.replace('index.html', '')}`, `${kb(gzip)} KB gzip (${kb(bytes)} KB)`, `≤ ${kb(BUDGET.svgGzipBytes)} KB`, gzip <= BUDGET.svgGzipBytes]),
		['Mermaid JavaScript in the build', `${mermaidJs} bytes`, '0 bytes', mermaidJs <= BUDGET.mermaidJsBytes],
		[
			`drawing, clean build (${clean.stats.rendered} diagrams)`,
			`${seconds(clean.stats.milliseconds)} s, CPU ${seconds(clean.stats.cpuMilliseconds)} s${busy ? ` (busy machine: judged by CPU time)` : ''}`,
			`≤ ${seconds(BUDGET.cleanMs)} s`,
			clean.stats.chromiumStarted && (busy ? clean.stats.cpuMilliseconds : clean.stats.milliseconds) <= BUDGET.cleanMs,
		],
		[
			`drawing, rebuild (${rebuild.stats.fromCache} from the cache)`,
			`${seconds(rebuild.stats.milliseconds)} s, Chromium ${rebuild.stats.chromiumStarted ? 'started' : 'not started'}`,
			'0 s, no Chromium',
			rebuild.stats.milliseconds <= BUDGET.rebuildMs && !rebuild.stats.chromiumStarted,
		],
		['whole build, clean / rebuild (for reference)', `${seconds(clean.wall)} s / ${seconds(rebuild.wall)} s`, '', true],
	];
	console.log(`Flow diagram budgets (${cpus().length} CPU cores, load ${loadAverage()}):`);
	const width = Math.max(...rows.map(([name]) => name.length));
	for (const [name, value, budget, ok] of rows) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name.padEnd(width)}  ${value}${budget ? `  (budget ${budget})` : ''}`);
	process.exitCode = rows.every(([, , , ok]) => ok) ? 0 : 1;
} finally {
	rmSync(outDir, { recursive: true, force: true });
}

function build() {
	const started = performance.now();
	execFileSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'] });
	const wall = performance.now() - started;
	return { wall, stats: JSON.parse(readFileSync(join(CACHE, 'last-build.json'), 'utf8')) };
}

function files(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

function kb(bytes) {
	return (bytes / 1024).toFixed(1);
}

function seconds(ms) {
	return (ms / 1000).toFixed(1);
}

function loadAverage() {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
	} catch {
		return 'unknown';
	}
}
