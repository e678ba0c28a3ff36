import { defineConfig } from 'html-validate';

// Checks every built page (test/dist/html-validity.test.ts). Each rule turned off or relaxed says why, in one line.
export default defineConfig({
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Astro writes void elements self-closed (<meta />) and Starlight's head entries without the slash: both are valid HTML.
		'void-style': 'off',
		// Every asset is served from the site itself; integrity hashes are required only for resources from elsewhere.
		'require-sri': ['error', { target: 'crossorigin' }],
		// Starlight's header buttons (search, menu) have no type; outside a form a button without a type submits nothing.
		'no-implicit-button-type': 'off',
		// Starlight's icons and selects set CSS variables in style attributes; the CSP allows them in style-src-attr only.
		'no-inline-style': 'off',
		// Starlight renders the table of contents twice (phone and desktop, one hidden by CSS) with the same name.
		'unique-landmark': 'off',
		// Starlight places the table of contents (an <h2>) before the page's <h1> in source order; skipped levels still fail.
		'heading-level': ['error', { minInitialRank: 'h2' }],
		// Starlight's skip link targets id="_top"; HTML allows any id without spaces.
		'valid-id': ['error', { relaxed: true }],
		// Every title ends with the site name, so step titles run past 70 characters: a search-snippet hint, not an error.
		'long-title': 'off',
	},
});
