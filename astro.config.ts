import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { resolveDeployment } from './src/lib/deployment';

const { site, base } = resolveDeployment(process.env);

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
			},
			routeMiddleware: './src/route-data.ts',
			defaultLocale: 'root',
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
