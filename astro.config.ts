import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { flowDiagrams } from './src/build/diagram-integration';
import { sop } from './src/content/sop';
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
			sidebar: [
				{
					label: 'Prosedur',
					translations: { en: 'Procedure' },
					items: [
						{ label: 'Ringkasan prosedur', translations: { en: 'Procedure summary' }, link: '/ringkasan/' },
						{ label: 'Alur prosedur', translations: { en: 'Procedure flow' }, link: '/alur/' },
					],
				},
			],
		}),
		flowDiagrams(sop),
	],
});
