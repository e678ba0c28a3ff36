import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { documentsByIssuer, documentsByPhase } from './catalogue';
import { getOffice, stepsProducing, stepsRequiring } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

/** The visible text of an element, its white space folded. */
const textOf = (element: { text: string }) => element.text.replace(/\s+/g, ' ').trim();

describe.each(BUILDS)('the document catalogue built at $base', (site) => {
	it.each(['id', 'en'] as const)('has a stable anchor per document and unique ids (%s)', (lang) => {
		const root = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}dokumen/`));
		for (const doc of sop.documents) {
			// The anchor is the heading of the document's entry, which names the entry.
			const heading = root.getElementById(doc.id);
			expect(heading?.tagName, doc.id).toBe('H3');
			expect(heading!.text.trim()).toBe(doc.name[lang]);
			const article = heading!.parentNode;
			expect(article?.tagName).toBe('ARTICLE');
			expect(article?.getAttribute('aria-labelledby')).toBe(doc.id);
		}
		const ids = root.querySelectorAll('[id]').map((el) => el.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	describe.each(['id', 'en'] as const)('in %s', (lang) => {
		const prefix = `${site.base}${lang === 'en' ? 'en/' : ''}`;
		const root = parse(readPage(site, `${prefix}dokumen/`));
		const main = root.querySelector('main')!;
		const stepLabel = (step: { number: number }) => translate(lang, 'step.label', { number: step.number });
		const filter = main.querySelector(`nav[aria-label="${translate(lang, 'documents.filter.label')}"]`)!;
		/** The filter box's link to an anchor of the page, and the element it leads to. */
		const target = (anchor: string) => ({ link: filter.querySelector(`a[href="#${anchor}"]`), element: root.getElementById(anchor) });

		it('lists every document with its description, issuing offices, and the steps that produce and then need it', () => {
			const all = main.querySelector('section[aria-labelledby="semua-dokumen"]')!;
			expect(all.querySelectorAll('article')).toHaveLength(sop.documents.length);
			for (const doc of sop.documents) {
				const article = all.querySelector(`article[aria-labelledby="${doc.id}"]`)!;
				expect(textOf(article), doc.id).toContain(doc.description[lang]);
				const links = article.querySelectorAll('a');
				for (const id of doc.issuedBy) {
					const office = getOffice(sop, id);
					expect(links.filter((a) => a.getAttribute('href') === `${prefix}peran/${id}/` && textOf(a) === office.name[lang]), `${doc.id}: ${id}`).toHaveLength(1);
				}
				const produced = stepsProducing(sop, doc.id);
				if (produced.length === 0) expect(textOf(article), doc.id).toContain(translate(lang, 'documents.none.producedAt'));
				const stepLinks = links.filter((a) => /^\S+ \d+$/.test(textOf(a)) && a.getAttribute('href')!.startsWith(`${prefix}langkah/`));
				expect(stepLinks.map(textOf), doc.id).toEqual([...produced, ...stepsRequiring(sop, doc.id)].map(stepLabel));
			}
		});

		it('gives partners the documents from outside the city government, each with the step that first needs it', () => {
			const partner = main.querySelector('section[aria-labelledby="dari-luar"]')!;
			expect(textOf(partner.querySelector('h2')!)).toBe(translate(lang, 'documents.partner.heading'));
			const outside = sop.documents.filter((doc) => doc.origin === 'outside');
			expect(outside.map((doc) => doc.id)).toEqual(['usulan-kerjasama', 'persetujuan-pihak-luar-negeri']);
			expect(partner.querySelectorAll('dt').map(textOf)).toEqual(outside.map((doc) => doc.name[lang]));
			const links = partner.querySelectorAll('a').map(textOf);
			for (const doc of outside) {
				const first = stepsRequiring(sop, doc.id)[0]!;
				expect(links, doc.id).toContain(`${stepLabel(first)}: ${first.title[lang]}`);
			}
			for (const doc of sop.documents.filter((d) => d.origin !== 'outside')) expect(links, doc.id).not.toContain(doc.name[lang]);
		});

		it('links its sections from the filter box, which is its table of contents', () => {
			for (const [slug, key] of [
				['dari-luar', 'documents.partner.heading'],
				['semua-dokumen', 'documents.all.heading'],
				['per-tahap', 'documents.phases.heading'],
				['per-penerbit', 'documents.issuers.heading'],
			] as const) {
				const { link, element } = target(slug);
				expect(textOf(link!), slug).toBe(translate(lang, key));
				expect([element?.tagName, textOf(element!)], slug).toEqual(['H2', translate(lang, key)]);
			}
		});

		it('gives each phase the complete list of the documents it needs and produces, linked from the filter box', () => {
			for (const { phase, needs, produces } of documentsByPhase(sop)) {
				const label = `${translate(lang, 'phase.label', { number: phase.order })}: ${phase.title[lang]}`;
				const { link, element } = target(`tahap-${phase.id}`);
				expect(textOf(link!)).toBe(label);
				expect(textOf(element!)).toBe(label);
				const section = main.querySelector(`section[aria-labelledby="tahap-${phase.id}"]`)!;
				const rowsOf = (caption: string) =>
					section
						.querySelectorAll('table')
						.find((table) => textOf(table.querySelector('caption')!) === caption)
						?.querySelectorAll('tbody th[scope="row"]')
						.map(textOf) ?? [];
				expect(rowsOf(translate(lang, 'field.requires')), phase.id).toEqual(needs.map(({ doc }) => doc.name[lang]));
				expect(rowsOf(translate(lang, 'field.produces')), phase.id).toEqual(produces.map(({ doc }) => doc.name[lang]));
			}
		});

		it('lists the documents of each issuing office, linked from the filter box by its abbreviation', () => {
			for (const { office, entries } of documentsByIssuer(sop)) {
				const { link, element } = target(`penerbit-${office.id}`);
				expect(textOf(link!)).toBe(office.short[lang]);
				expect(textOf(element!)).toBe(office.name[lang]);
				const section = main.querySelector(`section[aria-labelledby="penerbit-${office.id}"]`)!;
				expect(section.querySelectorAll('li').map(textOf), office.id).toEqual(entries.map(({ doc }) => doc.name[lang]));
			}
		});
	});
});

describe.each(BUILDS)('the 404 page built at $base', (site) => {
	it('links to the role index and the document catalogue in both languages', () => {
		const root = parse(readPage(site, `${site.base}404.html`));
		const links = root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
		for (const path of ['peran/', 'dokumen/', 'en/peran/', 'en/dokumen/']) expect(links).toContain(`${site.base}${path}`);
	});
});
