import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ignoredFolders, namedProjectPaths } from './readme-paths';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the README', () => {
	const named = namedProjectPaths(readFileSync(`${root}README.md`, 'utf8'));

	it('names the project files it describes', () => expect(named.length).toBeGreaterThan(40));

	// What a command writes into a folder the repository ignores (the benchmark's results) is named, not committed.
	const written = ignoredFolders(readFileSync(`${root}.gitignore`, 'utf8'));

	it('names only files and folders that exist, or that a command writes where the repository ignores', () => {
		const missing = named.filter((path) => !existsSync(`${root}${path}`) && !written.some((folder) => path.startsWith(folder)));
		expect(missing).toEqual([]);
	});
});

describe('ignoredFolders', () => {
	it('takes the folders ignored from the root, not patterns or files', () =>
		expect(ignoredFolders('/node_modules/\n*.log\n# comment\n/bench/results/\n.astro/\n')).toEqual(['node_modules/', 'bench/results/']));
});

describe('namedProjectPaths', () => {
	it('takes project paths from code spans, without patterns or anchors', () => {
		const text = 'See `src/site/url.ts`, `src/features/<feature>/`, `tools/budgets.ts#L3`, `src/pages/[...locale]/index.astro`, `npm test` and `node_modules/x`.';
		expect(namedProjectPaths(text)).toEqual(['src/site/url.ts', 'tools/budgets.ts']);
	});
});
