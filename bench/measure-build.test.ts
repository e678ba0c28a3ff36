import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyBuildCaches, parseBuildScript, parseMaxRss, parseProcStat, parsePss } from './measure-build';

describe('reading memory figures', () => {
	it('reads GNU time’s maximum resident set size', () => {
		expect(parseMaxRss('\tUser time (seconds): 1.2\n\tMaximum resident set size (kbytes): 645120\n')).toBe(645120);
		expect(parseMaxRss('command not found')).toBeUndefined();
	});
	it('reads parent and resident size from /proc/<pid>/stat, even with spaces and parentheses in the name', () => {
		const fields = ['S', '4242', ...Array(19).fill('0'), '2500', '0'];
		expect(parseProcStat(`4300 (node (astro) x) ${fields.join(' ')}`)).toEqual({ ppid: 4242, rssBytes: 2500 * 4096 });
	});
	it('reads the proportional set size from /proc/<pid>/smaps_rollup', () => {
		expect(parsePss('Rss:              120000 kB\nPss:               90000 kB\nPss_Anon:          80000 kB\n')).toBe(90000 * 1024);
		expect(parsePss('')).toBeUndefined();
	});
});

describe('the steps of the build script', () => {
	it('finds the Node commands before and after astro build', () => {
		expect(parseBuildScript('node --max-semi-space-size=4 build-step.ts draw && astro build && node build-step.ts finish')).toEqual({
			before: [['--max-semi-space-size=4', 'build-step.ts', 'draw']],
			after: [['build-step.ts', 'finish']],
		});
		expect(parseBuildScript('astro build')).toEqual({ before: [], after: [] });
	});

	it('reads the project’s own build script', () => {
		const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { build: string } };
		const steps = parseBuildScript(scripts.build);
		expect([...steps.before, ...steps.after].map((args) => args.at(-1))).toEqual(['draw', 'finish']);
	});

	it('refuses a script it cannot run step by step', () => {
		expect(() => parseBuildScript('npm run prepare && astro build')).toThrow('must be "astro build" with "node …" commands around it');
		expect(() => parseBuildScript('node build-step.ts draw')).toThrow('must be "astro build"');
	});
});

describe('emptying the build caches', () => {
	it('deletes the project’s own caches and nothing else', () => {
		const root = mkdtempSync(join(tmpdir(), 'sk-bench-root-'));
		for (const name of ['sk-diagram', 'sk-pdf', 'vite', 'astro']) mkdirSync(join(root, 'node_modules', '.cache', name, 'x'), { recursive: true });
		expect(emptyBuildCaches(root).sort()).toEqual(['sk-diagram', 'sk-pdf']);
		expect(readdirSync(join(root, 'node_modules', '.cache')).sort()).toEqual(['astro', 'vite']);
	});

	it('finds nothing to delete in a project without caches', () => {
		const root = mkdtempSync(join(tmpdir(), 'sk-bench-root-'));
		expect(emptyBuildCaches(root)).toEqual([]);
		expect(existsSync(join(root, 'node_modules'))).toBe(false);
	});
});
