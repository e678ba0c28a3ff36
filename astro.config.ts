import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { resolveDeployment } from './src/lib/deployment';

const { site, base } = resolveDeployment(process.env);

// https://astro.build/config
export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: { id: 'SOP Kerjasama Teknik Kota Bandung', en: 'Bandung Technical Cooperation SOP' },
			description: 'Panduan SOP Kerjasama Teknik Luar Negeri, Bagian Kerjasama Kota Bandung (2015).',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			// The site's own 404 page (src/pages/404.astro) links to the indexes.
			disable404Route: true,
			sidebar: [
				{
					label: 'Prosedur',
					translations: { en: 'Procedure' },
					items: [
						{ label: 'Ringkasan prosedur', translations: { en: 'Procedure summary' }, link: '/ringkasan/' },
						{ label: 'Di mana usulan saya?', translations: { en: 'Where is my proposal?' }, link: '/posisi/' },
					],
				},
				{
					label: 'Peran dan dokumen',
					translations: { en: 'Roles and documents' },
					items: [
						{ label: 'Peran dan daftar periksa', translations: { en: 'Roles and checklists' }, link: '/peran/' },
						{ label: 'Katalog dokumen', translations: { en: 'Document catalogue' }, link: '/dokumen/' },
					],
				},
			],
		}),
	],
});
