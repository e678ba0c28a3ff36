import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			// Pure logic and the SOP model: no build needed.
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			// Checks over the built HTML in dist/ and dist-subpath/: run after `npm run build:all`.
			{ test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } },
		],
	},
});
