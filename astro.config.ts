import { globSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { flowDiagrams } from './src/features/diagram/diagram-integration';
import { inlineScriptsIntegration } from './src/site/build/inline-scripts-integration';
import { settingsIntegration } from './src/site/build/settings-integration';
import { sop } from './src/content/sop';
import { DIAGRAM_VARIANTS } from './src/build-steps';
import { LANGUAGES, MAIN_LANG, perLang, type Lang } from './src/model/languages';
import { buildOutDir, resolveDeployment } from './src/site/deployment';
import { buildSidebar } from './src/site/sidebar';
import { translate } from './src/site/site-strings';

const { site, base } = resolveDeployment(process.env);
/** The features whose styles are in the stylesheet every page loads: those of step pages, the home page and search. */
const SHARED_FEATURES = ['search', 'home', 'glossary', 'step', 'step-nav', 'regulations'];
const both = (key: Parameters<typeof translate>[1]) => perLang((lang) => translate(lang, key));
const sidebar = buildSidebar(sop, {
	start: both('nav.start'),
	home: both('nav.home'),
	summary: both('summary.title'),
	flow: both('flow.title'),
	wizard: both('wizard.title'),
	roles: both('roles.title'),
	documents: both('documents.title'),
	sopTable: both('table.title'),
	changes: both('changes.title'),
	glossary: both('glossary.title'),
	data: both('data.title'),
	about: both('about.title'),
	phaseOverview: both('nav.phaseOverview'),
	phase: (phase, lang: Lang) => translate(lang, 'nav.phase', { number: phase.order, title: phase.title[lang] }),
	step: (step, lang: Lang) => translate(lang, 'nav.step', { number: step.number, title: step.title[lang] }),
});

// https://astro.build/config
export default defineConfig({
	site,
	base,
	outDir: buildOutDir(process.env),
	trailingSlash: 'always',
	// Starlight turns on prefetching of every visible link unless told otherwise: readers on mobile data pay for pages they never open.
	prefetch: false,
	// Stylesheets stay files that the browser caches; a small one written into the page as `<style>` would be sent again
	// with every page and need its hash in the page's Content Security Policy.
	build: { inlineStylesheets: 'never' },
	// No syntax highlighting of Markdown code: the guide has no code blocks, and Shiki's inline styles would need the
	// Content Security Policy to allow inline styles (Astro warns about it on every build).
	markdown: { syntaxHighlight: false },
	vite: {
		build: {
			// Astro writes a small script into the page itself; the search button's is on every page, so it stays a file
			// that the browser caches once. Other scripts keep the default (inlined below 4 KB, which saves a request).
			assetsInlineLimit: (file: string) => (/\bSearch\.astro_astro_type_script/.test(file) ? false : undefined),
			rollupOptions: {
				// MDX marks each compiled explanation with a "use astro:head-inject" directive, which the bundler reports once
				// per file although Astro handles it: a warning a reader of the build log need not see.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	security: {
		// A strict Content Security Policy, as a <meta> on every page. Scripts run only from the site itself or by hash:
		// after the build, inlineScriptsIntegration lists in each page's policy the hashes of exactly the inline scripts
		// that page holds (Starlight's theme and sidebar scripts, minified). No 'unsafe-inline' for scripts.
		csp: {
			// img-src data: Starlight's and Expressive Code's stylesheets draw small icons as data: SVG images.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: {
				// No 'wasm-unsafe-eval': Pagefind compiles its WebAssembly in a worker, outside the page's <meta> policy.
				resources: ["'self'"],
			},
			styleDirective: {
				// 'unsafe-inline' for style attributes only (style-src-attr): Starlight's components set CSS variables and
				// `display` in `style=""` (icons, selects, the search dialog). style-src keeps 'self' and hashes for <style>.
				resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
			},
		},
	},
	integrations: [
		starlight({
			title: perLang((lang) => translate(lang, 'site.title')),
			description: translate(MAIN_LANG, 'site.tagline'),
			routeMiddleware: './src/site/route-data.ts',
			// One cached stylesheet on every page: the site's shared styles and those of the features on the pages that have a
			// table of contents (its three scripts leave no request for another stylesheet). Every other feature's
			// components import its stylesheet, so a page loads only the styles of the features it shows.
			customCss: [...globSync('./src/site/styles/*.css').sort(), ...SHARED_FEATURES.map((feature) => `src/features/${feature}/${feature}.css`)].map((file) => `./${file}`),
			defaultLocale: 'root',
			components: {
				// A link to the page in the other language, instead of a menu that needs JavaScript.
				LanguageSelect: './src/site/components/LanguageSelect.astro',
				// The site's title, with a short form that fits a phone's header.
				SiteTitle: './src/site/components/SiteTitle.astro',
				// Starlight's footer, then the contact of the Sub Bagian (from the site settings) and the date of the content.
				Footer: './src/site/components/Footer.astro',
				// Loads Pagefind's interface when search is first opened, not on every page; its button's name matches its visible label.
				Search: './src/features/search/Search.astro',
			},
			// The main language at the root, each other under /<code>/ (src/model/languages.ts).
			locales: Object.fromEntries(LANGUAGES.map(({ code, label }) => [code === MAIN_LANG ? 'root' : code, { label, lang: code }])),
			// The site's own 404 page (src/pages/404.astro) links to the indexes.
			disable404Route: true,
			sidebar,
		}),
		settingsIntegration(),
		flowDiagrams(sop, DIAGRAM_VARIANTS),
		inlineScriptsIntegration(),
		// After this build, in a process of its own (`npm run build`, build-step.ts): the PDFs and the web server's files.
	],
});
