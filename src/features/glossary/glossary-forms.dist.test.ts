import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { LANGS } from '../../model/languages';
import { translate } from './strings';
import { BUILDS, readPage } from '../../../test/support/built-site';

describe.each(BUILDS)('the glossary built at $base', (site) => {
	describe.each(LANGS)('in %s', (lang) => {
		const root = () => parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}istilah/`));

		it('quotes every way the SOP writes an office, under that office', () => {
			const page = root();
			for (const office of sop.offices) {
				const entry = page.getElementById(office.id)!.parentNode!;
				const forms = entry.querySelectorAll('.sk-aliases span[lang="id"]').map((span) => span.text.trim());
				expect(forms, office.id).toEqual(office.sopForms.map((form) => `“${form}”`));
			}
		});

		it('says which headings are the site’s own labels, not the SOP’s', () => {
			const page = root();
			for (const office of sop.offices) {
				const inSop = office.sopForms.some((form) => form.toLowerCase() === office.short.id.toLowerCase());
				const entry = page.getElementById(office.id)!.parentNode!;
				expect(entry.text.includes(translate(lang, 'glossary.siteLabel')), office.id).toBe(!inSop);
			}
			expect(page.querySelector('main')!.text).toContain(translate(lang, 'glossary.intro'));
		});

		it('keeps the anchors of the entries it once had: #pemda and #kepala-daerah lead to the entry of the form', () => {
			const page = root();
			expect(page.getElementById('pemda')!.text).toContain('Pemda');
			expect(page.getElementById('pemda')!.closest('.sk-entry')!.querySelector('h3')!.id).toBe('pemda-pengusul');
			expect(page.getElementById('kepala-daerah')!.text).toContain('Kepala Daerah');
			expect(page.getElementById('kepala-daerah')!.closest('.sk-entry')!.querySelector('h3')!.id).toBe('walikota');
		});
	});
});
