// `npm test`: every test, in order (type check, unit tests, both builds, checks over the built HTML, browser tests),
// stopping at the first phase that fails. Prints the wall time of each phase and of the whole run at the end.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { TEST_WALL_SECONDS } from './budgets.ts';

/** A phase of the run: what it does, and the npm script that does it. */
interface Phase {
	name: string;
	script: string;
}

/** The phases, in order: each needs the ones before it to have passed (the built-HTML and browser tests need both builds). */
const PHASES: readonly Phase[] = [
	{ name: 'type check (astro check)', script: 'check' },
	{ name: 'unit tests', script: 'test:unit' },
	{ name: 'build at the root (dist/)', script: 'build' },
	{ name: 'build under the sub-path (dist-subpath/)', script: 'build:subpath' },
	{ name: 'checks over the built HTML', script: 'test:dist' },
	{ name: 'browser tests', script: 'test:e2e' },
];

/** Runs an npm script with the terminal's output; resolves with its exit code. */
function runScript(script: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

/** Seconds with one decimal, right-aligned. */
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

async function main(): Promise<number> {
	const started = performance.now();
	const timings: { name: string; ms: number }[] = [];
	let code = 0;
	for (const phase of PHASES) {
		console.log(`\n── ${phase.name}: npm run ${phase.script}`);
		const phaseStarted = performance.now();
		code = await runScript(phase.script);
		timings.push({ name: phase.name, ms: performance.now() - phaseStarted });
		if (code !== 0) {
			console.error(`\nnpm test: ${phase.name} failed (npm run ${phase.script} exited with ${code})`);
			break;
		}
	}
	const total = performance.now() - started;
	const width = Math.max(...PHASES.map((phase) => phase.name.length));
	console.log(`\nWall time of npm test (${availableParallelism()} CPU cores):`);
	for (const { name, ms } of timings) console.log(`  ${name.padEnd(width)} ${seconds(ms)}`);
	console.log(`  ${'total'.padEnd(width)} ${seconds(total)}  (target on a 2-core machine: ${TEST_WALL_SECONDS} s; it depends on the machine and its load, so it is reported, not enforced)`);
	return code;
}

process.exitCode = await main();
