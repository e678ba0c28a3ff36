import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../content/sop';
import { buildSidebar, type SidebarLabels } from './sidebar';
import { loadSop } from '../model/validate';
import { TINY_SOURCES, tinySop } from '../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const text = (id: string) => ({ id, en: `${id}-en` });
const labels: SidebarLabels = {
	start: text('Mulai'),
	home: text('Beranda'),
	summary: text('Ringkasan'),
	flow: text('Alur'),
	wizard: text('Posisi'),
	roles: text('Peran'),
	documents: text('Dokumen'),
	about: text('Tentang'),
	glossary: text('Istilah'),
	sopTable: text('Tabel'),
	data: text('Data'),
	phaseOverview: text('Ikhtisar'),
	phase: (phase, lang) => `${lang === 'id' ? 'Tahap' : 'Phase'} ${phase.order}: ${phase.title[lang]}`,
	step: (step, lang) => `${step.number}. ${step.title[lang]}`,
};

describe('buildSidebar', () => {
	const sidebar = buildSidebar(sop, labels);

	it('starts with the reference pages', () => {
		expect(sidebar[0]).toEqual({
			label: 'Mulai',
			translations: { en: 'Mulai-en' },
			items: [
				{ label: 'Beranda', translations: { en: 'Beranda-en' }, link: '/' },
				{ label: 'Posisi', translations: { en: 'Posisi-en' }, link: '/posisi/' },
				{ label: 'Ringkasan', translations: { en: 'Ringkasan-en' }, link: '/ringkasan/' },
				{ label: 'Alur', translations: { en: 'Alur-en' }, link: '/alur/' },
				{ label: 'Tabel', translations: { en: 'Tabel-en' }, link: '/tabel-sop/' },
				{ label: 'Peran', translations: { en: 'Peran-en' }, link: '/peran/' },
				{ label: 'Dokumen', translations: { en: 'Dokumen-en' }, link: '/dokumen/' },
				{ label: 'Istilah', translations: { en: 'Istilah-en' }, link: '/istilah/' },
				{ label: 'Data', translations: { en: 'Data-en' }, link: '/data/' },
				{ label: 'Tentang', translations: { en: 'Tentang-en' }, link: '/tentang/' },
			],
		});
	});

	it('has one group per phase, in order, with the phase page first and then its steps', () => {
		expect(sidebar.slice(1)).toEqual([
			{
				label: 'Tahap 1: Awal',
				translations: { en: 'Phase 1: Awal (en)' },
				items: [
					{ label: 'Ikhtisar', translations: { en: 'Ikhtisar-en' }, link: '/tahap/awal/' },
					{ label: '1. Terima', translations: { en: '1. Terima (en)' }, link: '/langkah/terima/' },
					{ label: '2. Tulis', translations: { en: '2. Tulis (en)' }, link: '/langkah/tulis/' },
				],
			},
			{
				label: 'Tahap 2: Akhir',
				translations: { en: 'Phase 2: Akhir (en)' },
				items: [
					{ label: 'Ikhtisar', translations: { en: 'Ikhtisar-en' }, link: '/tahap/akhir/' },
					{ label: '3. Setujui', translations: { en: '3. Setujui (en)' }, link: '/langkah/setujui/' },
					{ label: '4. Lapor', translations: { en: '4. Lapor (en)' }, link: '/langkah/lapor/' },
				],
			},
		]);
	});

	it('links every step of the real model exactly once', () => {
		const links = buildSidebar(realSop, labels).flatMap((g) => g.items.map((i) => i.link));
		const stepLinks = links.filter((l) => l.startsWith('/langkah/'));
		expect(stepLinks).toEqual(realSop.steps.map((s) => `/langkah/${s.id}/`));
		expect(links.filter((l) => l.startsWith('/tahap/'))).toHaveLength(realSop.phases.length);
	});
});
