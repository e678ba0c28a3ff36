import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { hashInlineScripts } from './src/lib/csp';
import { resolveDeployment } from './src/lib/deployment';

const { site, base } = resolveDeployment(process.env);

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
			defaultLocale: 'root',
			components: {
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
				Search: './src/components/starlight/Search.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
			},
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar: [
				{
					label: 'Prosedur',
					translations: { en: 'Procedure' },
					items: [{ label: 'Ringkasan prosedur', translations: { en: 'Procedure summary' }, link: '/ringkasan/' }],
				},
			],
		}),
	],
});
