import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/** One import of a source file: the file that imports, and the project file it names. */
export interface ImportEdge {
	from: string;
	to: string;
}

const SOURCE = /\.(ts|astro|mdx|mjs|css)$/;
const RESOLVE = ['', '.ts', '.astro', '.mjs', '.css', '/index.ts'];
// `from '…'`, `import '…'`, `import('…')` and CSS `@import '…'`: every way a source file names another.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|@import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Every source file under `dir`, as project-relative paths with `/`. */
export function sourceFiles(root: string, dir: string): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (SOURCE.test(name)) files.push(relative(root, full).split(sep).join('/'));
		}
	};
	walk(join(root, dir));
	return files.sort();
}

/** The relative imports of each file, resolved to project files (a specifier that names no file is reported as `?spec`). */
export function importsOf(root: string, files: string[]): ImportEdge[] {
	return files.flatMap((from) => {
		const text = readFileSync(join(root, from), 'utf8');
		return [...text.matchAll(SPECIFIER)].map((match) => {
			const spec = match[2]!.split('?')[0]!;
			const base = normalize(join(dirname(from), spec)).split(sep).join('/');
			const to = RESOLVE.map((ending) => base + ending).find((candidate) => existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile());
			return { from, to: to ?? `?${spec}` };
		});
	});
}

/** The layer of a source file, from its folder: `model`, `content`, `site`, `feature:<name>`, `page`, or `root` for config files. */
export function layerOf(file: string): string {
	const parts = file.split('/');
	if (parts[0] === 'tools') return 'tools';
	if (parts[0] !== 'src') return 'outside';
	if (parts[1] === 'features') return `feature:${parts[2]}`;
	if (parts[1] === 'model' || parts[1] === 'content' || parts[1] === 'site') return parts[1];
	if (parts[1] === 'pages') return 'page';
	return 'root';
}

/** Whether a file is a test, a fixture or type declarations: files that never ship. */
export function isTestFile(file: string): boolean {
	return /\.(test|dist\.test|e2e)\.ts$|\.fixture\.ts$|\.d\.ts$/.test(file);
}

/** What each layer may import, besides itself. */
const ALLOWED: Record<string, (target: string) => boolean> = {
	model: () => false,
	content: (to) => to === 'model',
	site: (to) => to === 'model' || to === 'content',
	feature: (to) => to === 'model' || to === 'content' || to === 'site',
	page: (to) => to !== 'tools' && to !== 'outside',
	root: (to) => to !== 'tools' && to !== 'outside',
	// Tools that measure the site read the model's plain data (the list of languages), never the site or a feature.
	tools: (to) => to === 'model',
};

/** The imports that break the layering: a lower layer importing a higher one, a feature importing another, src importing tests. */
export function findLayerViolations(edges: ImportEdge[]): string[] {
	const problems: string[] = [];
	for (const { from, to } of edges) {
		if (to.startsWith('?')) {
			problems.push(`${from}: imports "${to.slice(1)}", which names no file`);
			continue;
		}
		if (isTestFile(from)) continue;
		if (isTestFile(to) || !to.startsWith('src/')) {
			// Build-time code may use the tools that never ship (the Chromium lookup); nothing else leaves src/.
			if (!(to.startsWith('tools/') && !to.endsWith('.test.ts'))) problems.push(`${from}: imports ${to}, which is not part of the site's source`);
			continue;
		}
		const source = layerOf(from);
		const target = layerOf(to);
		if (source === target) continue;
		const kind = source.startsWith('feature:') ? 'feature' : source;
		if (!ALLOWED[kind]!(target.startsWith('feature:') ? 'feature' : target) || (kind === 'feature' && target.startsWith('feature:'))) {
			problems.push(`${from} (${source}) imports ${to} (${target})`);
		}
		// Pure modules take the model as a parameter: only components and pages read the loaded SOP.
		if (target === 'content' && from.endsWith('.ts') && (kind === 'site' || kind === 'feature')) {
			problems.push(`${from}: a module of ${source} imports the loaded SOP (${to}); take the model as a parameter`);
		}
	}
	return problems;
}

/** Pairs of folders that import each other (directly), each named once. */
export function findFolderCycles(edges: ImportEdge[]): string[] {
	const folderEdges = new Set<string>();
	for (const { from, to } of edges) {
		if (to.startsWith('?') || isTestFile(from)) continue;
		const a = dirname(from);
		const b = dirname(to);
		if (a !== b) folderEdges.add(`${a} -> ${b}`);
	}
	const cycles: string[] = [];
	for (const edge of folderEdges) {
		const [a, b] = edge.split(' -> ') as [string, string];
		if (a < b && folderEdges.has(`${b} -> ${a}`)) cycles.push(`${a} <-> ${b}`);
	}
	return cycles.sort();
}
