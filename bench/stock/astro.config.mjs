// A stock Starlight site to compare with: default settings, two languages like the guide, a few pages (the benchmark
// builds a copy grown to as many pages as the guide: bench/stock-pages.ts).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [
		starlight({
			title: 'Stock Starlight',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar: [{ label: 'Panduan', translations: { en: 'Guide' }, items: [{ autogenerate: { directory: 'panduan' } }] }],
		}),
	],
});
