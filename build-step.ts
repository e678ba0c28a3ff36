// A step of `npm run build` that runs outside Astro's process, so that Chromium never runs beside the memory Astro holds:
//   node build-step.ts draw     before `astro build`: draws the flow diagrams into the cache
//   node build-step.ts finish   after it: prints the PDFs, then writes the web server's files (src/build-steps.ts)
// BASE_PATH, SITE_SETTINGS and OUT_DIR are read as `astro build` reads them.
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const STEPS = { draw: 'drawStep', finish: 'finishStep' } as const;
const name = process.argv[2];
if (name !== 'draw' && name !== 'finish') {
	console.error(`build-step.ts: say which step to run: ${Object.keys(STEPS).join(' or ')} (got ${name ?? 'nothing'})`);
	process.exit(2);
}

// Node runs the TypeScript source itself (type stripping, so the source uses no syntax that needs compiling: no
// parameter properties, no enums). The source is written for Vite, which resolves imports without an extension and loads
// a file as text with `?raw`; Node's module hooks do the same here, for files of this project only. Vite's own module
// runner would do it too, but holds about 400 MB, as much as Chromium needs beside it.
const PROJECT = new URL('./', import.meta.url).href;
registerHooks({
	resolve(specifier, context, nextResolve) {
		if ((specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.startsWith(PROJECT)) {
			const [path, query] = specifier.split('?');
			for (const suffix of ['', '.ts', '/index.ts']) {
				const url = new URL(`${path}${suffix}`, context.parentURL);
				if (suffix === '' && !/\.[a-z]+$/.test(path!)) continue;
				if (existsSync(fileURLToPath(url))) return { url: query === undefined ? url.href : `${url.href}?${query}`, shortCircuit: true, format: query === 'raw' ? 'module' : undefined };
			}
		}
		return nextResolve(specifier, context);
	},
	load(url, context, nextLoad) {
		if (url.startsWith(PROJECT) && url.endsWith('?raw')) {
			const text = readFileSync(fileURLToPath(url.slice(0, -'?raw'.length)), 'utf8');
			return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
		}
		return nextLoad(url, context);
	},
});

try {
	// Importing the steps validates the SOP data: a mistake stops the build here, with the file and the field.
	const steps = (await import('./src/build-steps.ts')) as typeof import('./src/build-steps.ts');
	const started = performance.now();
	await steps[STEPS[name]](process.env, (message) => console.log(`[build-step ${name}] ${message}`));
	console.log(`[build-step ${name}] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	// A data error lists its problems (`issues`) and needs no stack; anything else keeps it, to find where it came from.
	const listed = error instanceof Error && 'issues' in error;
	console.error(`[build-step ${name}] failed: ${error instanceof Error ? (listed ? error.message : (error.stack ?? error.message)) : String(error)}`);
	process.exitCode = 1;
}
