import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { flowDiagrams } from './src/build/diagram-integration';
import { sop } from './src/content/sop';
import { translate } from './src/i18n/ui';
import { hashInlineScripts } from './src/lib/csp';
import { resolveDeployment } from './src/lib/deployment';
import { buildSidebar } from './src/lib/sidebar';
import type { Lang } from './src/lib/sop/schema';

const { site, base } = resolveDeployment(process.env);
const both = (key: Parameters<typeof translate>[1]) => ({ id: translate('id', key), en: translate('en', key) });
const sidebar = buildSidebar(sop, {
	start: both('nav.start'),
	home: both('nav.home'),
	summary: both('summary.title'),
	flow: both('flow.title'),
	wizard: both('wizard.title'),
	roles: both('roles.title'),
	documents: both('documents.title'),
	sopTable: both('table.title'),
	glossary: both('glossary.title'),
	about: both('about.title'),
	phaseOverview: both('nav.phaseOverview'),
	phase: (phase, lang: Lang) => translate(lang, 'nav.phase', { number: phase.order, title: phase.title[lang] }),
	step: (step, lang: Lang) => translate(lang, 'nav.step', { number: step.number, title: step.title[lang] }),
});

/** Starlight's own `<script is:inline>` elements (theme, sidebar state, search shortcut), allowed by their hashes. */
function starlightInlineScriptHashes() {
	const components = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components/Page.astro'));
	const dirs = [components, join(components, '..', 'user-components')];
	const sources = dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.astro')).map((name) => readFileSync(join(dir, name), 'utf8')));
	return hashInlineScripts(sources);
}

// https://astro.build/config
export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Starlight turns on prefetching of every visible link unless told otherwise: readers on mobile data pay for pages they never open.
	prefetch: false,
	security: {
		// A strict Content Security Policy, as a <meta> on every page. Scripts run only from the site itself or by hash:
		// Astro hashes its own, and Starlight's inline scripts are hashed from its sources above. No 'unsafe-inline' for scripts.
		csp: {
			// img-src data: Starlight's and Expressive Code's stylesheets draw small icons as data: SVG images.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: {
				// No 'wasm-unsafe-eval': Pagefind compiles its WebAssembly in a worker, outside the page's <meta> policy.
				resources: ["'self'"],
				hashes: starlightInlineScriptHashes(),
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
			title: { id: 'SOP Kerjasama Teknik Kota Bandung', en: 'Bandung Technical Cooperation SOP' },
			description: 'Panduan SOP Kerjasama Teknik Luar Negeri, Bagian Kerjasama Kota Bandung (2015).',
			routeMiddleware: './src/route-data.ts',
			defaultLocale: 'root',
			components: {
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
				// Loads Pagefind's interface when search is first opened, not on every page; its button's name matches its visible label.
				Search: './src/components/starlight/Search.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
			},
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			// The site's own 404 page (src/pages/404.astro) links to the indexes.
			disable404Route: true,
			sidebar,
		}),
		flowDiagrams(sop),
	],
});
