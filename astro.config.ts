import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { sop } from './src/content/sop';
import { translate } from './src/i18n/ui';
import { minifyInlineScriptsIntegration } from './src/integrations/minify-inline-scripts';
import { resolveDeployment } from './src/lib/deployment';
import { buildSidebar } from './src/lib/sidebar';
import type { Lang } from './src/lib/sop/schema';

const { site, base } = resolveDeployment(process.env);
const both = (key: Parameters<typeof translate>[1]) => ({ id: translate('id', key), en: translate('en', key) });
const sidebar = buildSidebar(sop, {
	start: both('nav.start'),
	home: both('nav.home'),
	summary: both('summary.title'),
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

// https://astro.build/config
export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Starlight turns on prefetching of every visible link unless told otherwise: readers on mobile data pay for pages they never open.
	prefetch: false,
	integrations: [
		starlight({
			title: { id: 'SOP Kerjasama Teknik Kota Bandung', en: 'Bandung Technical Cooperation SOP' },
			description: 'Panduan SOP Kerjasama Teknik Luar Negeri, Bagian Kerjasama Kota Bandung (2015).',
			components: {
				// Loads Pagefind's interface when search is first opened, not on every page.
				Search: './src/components/starlight/Search.astro',
				// A link to the page in the other language, instead of a menu that needs JavaScript.
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
			},
			routeMiddleware: './src/route-data.ts',
			// The styles of the site's own components, one cached stylesheet for every page.
			customCss: ['./src/styles/site.css'],
			defaultLocale: 'root',
			locales: {
				root: { label: translate('id', 'nav.language'), lang: 'id' },
				en: { label: translate('en', 'nav.language'), lang: 'en' },
			},
			// The site's own 404 page (src/pages/404.astro) links to the indexes.
			disable404Route: true,
			sidebar,
		}),
		minifyInlineScriptsIntegration(),
	],
});
