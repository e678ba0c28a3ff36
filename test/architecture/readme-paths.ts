/** The top-level folders of the project whose files the README names. */
const PROJECT_FOLDERS = ['src', 'test', 'tools', 'bench', 'deploy', 'public', '.ci'];

/**
 * The paths of project files and folders a Markdown text names in code spans (`src/site/url.ts`), without patterns
 * (`<feature>`, `*`, `{…}`, `[param]`) and without a `#part` or `:line` after them.
 */
export function namedProjectPaths(markdown: string): string[] {
	const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!.replace(/[#:].*$/, ''));
	const paths = spans.filter((span) => PROJECT_FOLDERS.some((folder) => span.startsWith(`${folder}/`)) && !/[<>*{}[\]]/.test(span));
	return [...new Set(paths)].sort();
}

/** The folders a `.gitignore` text keeps out of the repository from its root (`/bench/results/` → `bench/results/`): what commands write there does not exist in a clone. */
export function ignoredFolders(gitignore: string): string[] {
	return gitignore
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.startsWith('/') && line.endsWith('/'))
		.map((line) => line.slice(1));
}
