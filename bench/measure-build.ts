import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildCacheDirs } from '../tools/build-cache.ts';

/** A clean build: how long it took, how many pages it made, and the most memory it held at once. */
export interface BuildMeasure {
	seconds: number;
	pages: number;
	/** Peak memory in MB (10^6 bytes): the larger of the process tree's sum and GNU time's maximum resident size. */
	peakMB: number;
	/** Where the peak figure comes from. */
	peakSource: string;
}

/** What to build: an Astro project folder, the output folder, and the environment. */
export interface BuildJob {
	root: string;
	outDir: string;
	env: NodeJS.ProcessEnv;
	/** The build is stopped, and the benchmark fails, after this long. */
	timeoutMs: number;
}

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';

/** The `Maximum resident set size` GNU `time -v` prints, in kB, or undefined. */
export function parseMaxRss(timeOutput: string): number | undefined {
	const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput);
	return match ? Number(match[1]) : undefined;
}

/** Parent and resident bytes of a process from its `/proc/<pid>/stat` line. */
export function parseProcStat(line: string): { ppid: number; rssBytes: number } | undefined {
	const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
	const ppid = Number(fields[1]);
	const rssPages = Number(fields[21]);
	return Number.isFinite(ppid) && Number.isFinite(rssPages) ? { ppid, rssBytes: rssPages * PAGE_SIZE } : undefined;
}

/** The proportional set size (shared pages split between their users) from `/proc/<pid>/smaps_rollup`, in bytes. */
export function parsePss(smapsRollup: string): number | undefined {
	const match = /^Pss:\s+(\d+) kB/m.exec(smapsRollup);
	return match ? Number(match[1]) * 1024 : undefined;
}

/** Memory of a process and all its descendants, read from /proc: their proportional set sizes, or resident sizes where that is not readable (0 without /proc). */
function treeMemory(rootPid: number): number {
	if (!existsSync('/proc')) return 0;
	const stats = new Map<number, { ppid: number; rssBytes: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
			if (stat) stats.set(Number(name), stat);
		} catch {
			// The process ended while we read.
		}
	}
	const inTree = new Set([rootPid]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, { ppid }] of stats) {
			if (!inTree.has(pid) && inTree.has(ppid)) {
				inTree.add(pid);
				grew = true;
			}
		}
	}
	let total = 0;
	for (const pid of inTree) {
		let pss: number | undefined;
		try {
			pss = parsePss(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
		} catch {
			// Not readable, or the process ended: fall back to its resident size.
		}
		total += pss ?? stats.get(pid)?.rssBytes ?? 0;
	}
	return total;
}

/** One process of a build: what it ran, how long it took, its process tree's peak (bytes) and GNU time's maximum RSS (kB). */
interface StepMeasure {
	seconds: number;
	treePeak: number;
	timeKb: number | undefined;
}

/** What a build runs before and after `astro build`: the arguments to Node of each `node …` command around it. */
export interface BuildSteps {
	before: string[][];
	after: string[][];
}

/**
 * The steps of an npm build script (`node … && astro build && node …`), so that the benchmark runs what
 * `npm run build` runs; throws when the script is not of that form.
 */
export function parseBuildScript(script: string): BuildSteps {
	const commands = script.split('&&').map((command) => command.trim().split(/\s+/));
	const astro = commands.findIndex((words) => words.join(' ') === 'astro build');
	const others = commands.filter((_, index) => index !== astro);
	if (astro < 0 || others.some((words) => words[0] !== 'node' || words.length < 2)) {
		throw new Error(`the build script must be "astro build" with "node …" commands around it, joined by &&; got "${script}"`);
	}
	const nodeArgs = (words: string[]) => words.slice(1);
	return { before: commands.slice(0, astro).map(nodeArgs), after: commands.slice(astro + 1).map(nodeArgs) };
}

/** Runs one command of a build under GNU time when there is one, sampling its process tree's memory every 100 ms. */
function measureStep(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<StepMeasure> {
	const useTime = existsSync(GNU_TIME);
	const [command, commandArgs] = useTime ? [GNU_TIME, ['-v', process.execPath, ...args]] : [process.execPath, args];
	const started = performance.now();
	const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let treePeak = 0;
	const sampler = setInterval(() => {
		if (child.pid) treePeak = Math.max(treePeak, treeMemory(child.pid));
	}, 100);
	const timer = setTimeout(() => {
		// Stop the process this call started: its own process group, by id.
		if (child.pid) process.kill(-child.pid, 'SIGKILL');
	}, timeoutMs);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearInterval(sampler);
			clearTimeout(timer);
			if (code !== 0) {
				const reason = signal ? `stopped by ${signal} (limit ${timeoutMs / 1000} s)` : `exited with ${code}`;
				reject(new Error(`${args.join(' ')} in ${cwd} ${reason}:\n${output.slice(-3000)}`));
				return;
			}
			resolve({ seconds: (performance.now() - started) / 1000, treePeak, timeKb: useTime ? parseMaxRss(output) : undefined });
		});
	});
}

/**
 * Runs a clean build (`astro build --force` into an empty output folder, with the project's own steps before and after
 * it when `steps` lists them, each a process of its own), timing it and sampling its memory every 100 ms. The time is
 * the sum of its processes'; the peak, the largest any of them reached, as they run one after the other.
 */
export async function measureBuild(job: BuildJob, astroBin: string, steps: BuildSteps = { before: [], after: [] }): Promise<BuildMeasure> {
	rmSync(job.outDir, { recursive: true, force: true });
	const env = { ...job.env, OUT_DIR: job.outDir };
	const commands = [
		...steps.before,
		[astroBin, 'build', '--force', '--root', job.root, '--outDir', job.outDir],
		...steps.after,
	];
	const deadline = performance.now() + job.timeoutMs;
	const measures: StepMeasure[] = [];
	for (const args of commands) measures.push(await measureStep(args, job.root, env, Math.max(1000, deadline - performance.now())));
	const timeKbs = measures.map((m) => m.timeKb).filter((kb) => kb !== undefined);
	const timeMB = timeKbs.length > 0 ? (Math.max(...timeKbs) * 1024) / 1e6 : 0;
	const treeMB = Math.max(...measures.map((m) => m.treePeak)) / 1e6;
	const processes = commands.length > 1 ? ` (largest of ${commands.length} processes in turn: ${measures.map((m) => (m.treePeak / 1e6).toFixed(0)).join(', ')} MB)` : '';
	return {
		seconds: measures.reduce((sum, m) => sum + m.seconds, 0),
		pages: countPages(job.outDir),
		peakMB: Math.max(timeMB, treeMB),
		peakSource:
			[treeMB > 0 ? `process tree (PSS) from /proc ${treeMB.toFixed(0)} MB` : '', timeKbs.length > 0 ? `GNU time max RSS ${timeMB.toFixed(0)} MB` : '']
				.filter(Boolean)
				.join('; ')
				.concat(processes) || 'not measured (no /proc, no /usr/bin/time)',
	};
}

/** Deletes the project's build caches (`node_modules/.cache/sk-*`), so that the next build draws, prints and compresses everything; returns their names. */
export function emptyBuildCaches(root: string): string[] {
	const caches = buildCacheDirs(root);
	for (const dir of caches) rmSync(dir, { recursive: true, force: true });
	return caches.map((dir) => basename(dir));
}

/** HTML pages in a build folder, Pagefind's and Astro's asset folders left out. */
function countPages(dir: string): number {
	let count = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && entry.name.endsWith('.html') && !/[\\/](pagefind|_astro)([\\/]|$)/.test(entry.parentPath)) count++;
	}
	return count;
}
