// `npm test`: every test (type check, unit tests, both builds, checks over the built HTML, browser tests), stopping at
// the first stage that fails. Prints the wall time of each phase and of the whole run at the end.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { TEST_WALL_SECONDS } from './budgets.ts';

/** A phase of the run: what it does, and the npm script that does it. */
interface Phase {
	name: string;
	script: string;
}

/**
 * The stages, in order: each needs the ones before it to have passed (the built-HTML and browser tests need both
 * builds). The phases of a stage run side by side: the type check keeps one core busy, the unit tests use the other.
 * The two builds share Astro's caches, so they run one after the other. The checks over the built HTML run alone, on
 * every core (`test:dist` passes `--maxWorkers=100%`: Vitest's default leaves one core of two idle).
 */
const STAGES: readonly (readonly Phase[])[] = [
	[
		{ name: 'type check (astro check)', script: 'check' },
		{ name: 'unit tests', script: 'test:unit' },
	],
	[{ name: 'build at the root (dist/)', script: 'build' }],
	[{ name: 'build under the sub-path (dist-subpath/)', script: 'build:subpath' }],
	[{ name: 'checks over the built HTML', script: 'test:dist' }],
	[{ name: 'browser tests', script: 'test:e2e' }],
];

/** How a phase ended: its exit code, its wall time, and its output when it was held back to keep side-by-side phases apart. */
interface Outcome {
	code: number;
	ms: number;
	output: string;
}

/** Runs an npm script, with the terminal's output or (`hold`) its output kept until it ends. */
function runScript(script: string, hold: boolean): Promise<Outcome> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const env = hold && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
		const child = spawn('npm', ['run', '--silent', script], { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), ms: performance.now() - started, output }));
	});
}

/** Seconds with one decimal, right-aligned. */
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

async function main(): Promise<number> {
	const started = performance.now();
	const timings: { name: string; ms: number }[] = [];
	let failed: Phase | undefined;
	for (const stage of STAGES) {
		const hold = stage.length > 1;
		if (hold) console.log(`\n── ${stage.map((phase) => `${phase.name}: npm run ${phase.script}`).join(', side by side with ')}`);
		const outcomes = await Promise.all(
			stage.map((phase) => {
				if (!hold) console.log(`\n── ${phase.name}: npm run ${phase.script}`);
				return runScript(phase.script, hold);
			}),
		);
		stage.forEach((phase, i) => {
			const { code, ms, output } = outcomes[i]!;
			if (hold) process.stdout.write(`\n── ${phase.name}\n${output}`);
			timings.push({ name: hold ? `${phase.name} (side by side)` : phase.name, ms });
			if (code !== 0 && !failed) {
				failed = phase;
				console.error(`\nnpm test: ${phase.name} failed (npm run ${phase.script} exited with ${code})`);
			}
		});
		if (failed) break;
	}
	const total = performance.now() - started;
	const width = Math.max(...timings.map((timing) => timing.name.length));
	console.log(`\nWall time of npm test (${availableParallelism()} CPU cores):`);
	for (const { name, ms } of timings) console.log(`  ${name.padEnd(width)} ${seconds(ms)}`);
	console.log(`  ${'total'.padEnd(width)} ${seconds(total)}  (target on a 2-core machine: ${TEST_WALL_SECONDS} s; a time depends on the machine and its load, so it is reported, not tested)`);
	return failed ? 1 : 0;
}

process.exitCode = await main();
