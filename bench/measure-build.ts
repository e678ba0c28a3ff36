import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

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

/** Runs a clean `astro build` (`--force`, empty output folder), timing it and sampling its memory every 100 ms. */
export function measureBuild(job: BuildJob, astroBin: string): Promise<BuildMeasure> {
	rmSync(job.outDir, { recursive: true, force: true });
	const astroArgs = [astroBin, 'build', '--force', '--root', job.root, '--outDir', job.outDir];
	const useTime = existsSync(GNU_TIME);
	const [command, args] = useTime ? [GNU_TIME, ['-v', process.execPath, ...astroArgs]] : [process.execPath, astroArgs];
	const started = performance.now();
	const child = spawn(command, args, { env: job.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let treePeak = 0;
	const sampler = setInterval(() => {
		if (child.pid) treePeak = Math.max(treePeak, treeMemory(child.pid));
	}, 100);
	const timer = setTimeout(() => {
		// Stop the build this call started: its own process group, by id.
		if (child.pid) process.kill(-child.pid, 'SIGKILL');
	}, job.timeoutMs);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearInterval(sampler);
			clearTimeout(timer);
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) {
				const reason = signal ? `stopped by ${signal} (limit ${job.timeoutMs / 1000} s)` : `exited with ${code}`;
				reject(new Error(`astro build of ${job.root} ${reason}:\n${output.slice(-3000)}`));
				return;
			}
			const timeKb = useTime ? parseMaxRss(output) : undefined;
			const timeMB = timeKb === undefined ? 0 : (timeKb * 1024) / 1e6;
			const treeMB = treePeak / 1e6;
			resolve({
				seconds,
				pages: countPages(job.outDir),
				peakMB: Math.max(timeMB, treeMB),
				peakSource: [treeMB > 0 ? `process tree (PSS) from /proc ${treeMB.toFixed(0)} MB` : '', timeKb !== undefined ? `GNU time max RSS ${timeMB.toFixed(0)} MB` : '']
					.filter(Boolean)
					.join('; ') || 'not measured (no /proc, no /usr/bin/time)',
			});
		});
	});
}

/** HTML pages in a build folder, Pagefind's and Astro's asset folders left out. */
function countPages(dir: string): number {
	let count = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && entry.name.endsWith('.html') && !/[\\/](pagefind|_astro)([\\/]|$)/.test(entry.parentPath)) count++;
	}
	return count;
}
