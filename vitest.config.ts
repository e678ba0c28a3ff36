import { defineConfig } from 'vitest/config';

/** Tests over the built site: `*.dist.test.ts` beside the feature they check, and the checks over every page (`test/quality/`). */
const DIST_TESTS = '**/*.dist.test.ts';

export default defineConfig({
	test: {
		projects: [
			// Pure logic and the SOP model, beside the code they test: no build needed.
			{ test: { name: 'unit', include: ['{src,test,tools,bench,deploy}/**/*.test.ts'], exclude: [DIST_TESTS, 'bench/stock/**', '**/node_modules/**'] } },
			// Checks over the built HTML in dist/ and dist-subpath/: run after `npm run build:all`.
			{ test: { name: 'dist', include: [`{src,test}/${DIST_TESTS}`] } },
		],
	},
});
