// Measures the flow diagram's budgets (tools/budgets.ts) on this machine and prints them; exits 1 when one is missed.
// It builds the site twice into a temporary folder: once with the diagram cache emptied (a clean build),
// once more without any change (a rebuild). Run it with `npm run diagram:budget`.
import { LANGS, MAIN_LANG } from '../src/model/languages.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIAGRAM_BUDGET, GZIP_LEVEL } from './budgets.ts';

const CACHE = 'node_modules/.cache/sk-diagram';
const SVG_BUDGET_BYTES = DIAGRAM_BUDGET.svgKB * 1000;

/** What a build notes about drawing the diagrams (`last-build.json` in the cache, written by the diagram integration). */
interface DrawingStats {
	rendered: number;
	fromCache: number;
	chromiumStarted: boolean;
	milliseconds: number;
	cpuMilliseconds: number;
}

/** One line of the report: what is measured, its value, its budget and whether it is met. */
type Row = [name: string, value: string, budget: string, ok: boolean];

const outDir = mkdtempSync(join(tmpdir(), 'sk-diagram-budget-'));
try {
	rmSync(CACHE, { recursive: true, force: true });
	const clean = build();
	const rebuild = build();
	// Other work on the machine stretches the wall time; past one waiting process per core, CPU time says more.
	const busy = Number(loadAverage()) > cpus().length;
	const svgs = LANGS.map((lang) => {
		const page = lang === MAIN_LANG ? 'alur/index.html' : `${lang}/alur/index.html`;
		const svg = new RegExp(`<svg\\b[^>]*\\bid="sk-flow-${lang}"[\\s\\S]*?</svg>`).exec(readFileSync(join(outDir, page), 'utf8'))?.[0];
		if (!svg) throw new Error(`No flow diagram in ${page}`);
		return { page, bytes: Buffer.byteLength(svg), gzip: gzipSync(svg, { level: GZIP_LEVEL }).length };
	});
	const mermaidJs = files(outDir)
		.filter((file) => /\.m?js$/.test(file) && /mermaid/i.test(readFileSync(file, 'utf8')))
		.reduce((sum, file) => sum + statSync(file).size, 0);

	const rows: Row[] = [
		...svgs.map(({ page, bytes, gzip }): Row => [`full-flow SVG in /${page.replace('index.html', '')}`, `${kb(gzip)} KB gzip (${kb(bytes)} KB)`, `≤ ${DIAGRAM_BUDGET.svgKB} KB`, gzip <= SVG_BUDGET_BYTES]),
		['Mermaid JavaScript in the build', `${mermaidJs} bytes`, `${DIAGRAM_BUDGET.mermaidJsBytes} bytes`, mermaidJs <= DIAGRAM_BUDGET.mermaidJsBytes],
		[
			`drawing, clean build (${clean.stats.rendered} diagrams)`,
			`${seconds(clean.stats.milliseconds)} s, CPU ${seconds(clean.stats.cpuMilliseconds)} s${busy ? ` (busy machine: judged by CPU time)` : ''}`,
			`≤ ${seconds(DIAGRAM_BUDGET.cleanDrawMs)} s`,
			clean.stats.chromiumStarted && (busy ? clean.stats.cpuMilliseconds : clean.stats.milliseconds) <= DIAGRAM_BUDGET.cleanDrawMs,
		],
		[
			`drawing, rebuild (${rebuild.stats.fromCache} from the cache)`,
			`${seconds(rebuild.stats.milliseconds)} s, Chromium ${rebuild.stats.chromiumStarted ? 'started' : 'not started'}`,
			`≤ ${seconds(DIAGRAM_BUDGET.rebuildDrawMs)} s, no Chromium`,
			rebuild.stats.milliseconds <= DIAGRAM_BUDGET.rebuildDrawMs && !rebuild.stats.chromiumStarted,
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

/** Builds the site into the temporary folder: its wall time and what drawing the diagrams cost. */
function build(): { wall: number; stats: DrawingStats } {
	const started = performance.now();
	execFileSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'] });
	const wall = performance.now() - started;
	return { wall, stats: JSON.parse(readFileSync(join(CACHE, 'last-build.json'), 'utf8')) as DrawingStats };
}

/** Every file under a folder. */
function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Bytes as KB of 1000 bytes, one decimal. */
function kb(bytes: number): string {
	return (bytes / 1000).toFixed(1);
}

/** Milliseconds as seconds, one decimal. */
function seconds(ms: number): string {
	return (ms / 1000).toFixed(1);
}

/** The machine's load over the last minute, from /proc. */
function loadAverage(): string {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
	} catch {
		return 'unknown';
	}
}
