import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { LANGS } from '../../model/languages';
import { translate } from './strings';
import { catalogueEntries, documentsByIssuer, documentsByPhase } from './catalogue';
import { getStep, partnerOffices, stepsProducing, stepsRequiring } from '../../model/query';
import { CONTACT_ANCHOR } from '../../site/contact';
import { BUILDS, readPage } from '../../../test/support/built-site';

/** The visible text of an element, its white space folded. */
const textOf = (element: { text: string }) => element.text.replace(/\s+/g, ' ').trim();
/** The ids of the documents an element links to on the same page (not the contact block a sentence may link to). */
const documentLinks = (element: HTMLElement) =>
	element
		.querySelectorAll('a[href^="#"]')
		.map((a) => a.getAttribute('href')!.slice(1))
		.filter((id) => id !== CONTACT_ANCHOR);

describe.each(BUILDS)('the document catalogue built at $base', (site) => {
	describe.each(LANGS)('in %s', (lang) => {
		const prefix = `${site.base}${lang === 'en' ? 'en/' : ''}`;
		const root = parse(readPage(site, `${prefix}dokumen/`));
		const main = root.querySelector('main')!;
		const stepLabel = (step: { number: number; title: Record<string, string> }) => `${translate(lang, 'step.label', { number: step.number })}: ${step.title[lang]}`;
		const section = (slug: string) => main.querySelector(`section[aria-labelledby="${slug}"]`)!;

		it('opens with the partners’ table, then the views, each a section its list of sections links to', () => {
			const slugs = ['dari-luar', 'semua-dokumen', 'per-tahap', 'per-penerbit'];
			const nav = main.querySelector('nav')!;
			expect(nav.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(slugs.map((slug) => `#${slug}`));
			expect(main.querySelectorAll(':scope > section, section[aria-labelledby]').filter((s) => slugs.includes(s.getAttribute('aria-labelledby')!)).map((s) => s.getAttribute('aria-labelledby'))).toEqual(slugs);
			for (const slug of slugs) expect(root.getElementById(slug)?.tagName, slug).toBe('H2');
			expect(textOf(section('dari-luar').querySelector('h2')!)).toBe(translate(lang, 'documents.partner.heading'));
		});

		it('lists in the partners’ table every document a partner issues or signs, in step order, with the step named in full', () => {
			const partners = partnerOffices(sop).map((office) => office.id);
			const rows = section('dari-luar').querySelectorAll('table tbody tr');
			const issued = sop.documents.filter((doc) => doc.issuedBy.some((id) => partners.includes(id)));
			expect(rows.map((tr) => documentLinks(tr))).toEqual(
				[...issued]
					.sort((a, b) => (stepsProducing(sop, a.id)[0] ?? stepsRequiring(sop, a.id)[0])!.number - (stepsProducing(sop, b.id)[0] ?? stepsRequiring(sop, b.id)[0])!.number)
					.map((doc) => [doc.id]),
			);
			const steps = rows.map((tr) => textOf(tr.querySelector('th[scope="row"] a')!));
			expect(steps).toEqual([1, 16, 17, 18, 19].map((n) => stepLabel(sop.steps[n - 1]!)));
			// The signatures at 17 (the MOU) and 19 (the agreement), the consent at 16 and the proposal at 1.
			const acts = rows.map((tr) => textOf(tr.querySelector('td strong')!));
			expect(acts).toEqual((['hand-in', 'hand-in', 'sign', 'issue', 'sign'] as const).map((act) => translate(lang, `act.${act}`)));
			expect(textOf(rows[0]!)).toContain(getStep(sop, 'terima-usulan').title[lang]);
			for (const tr of rows) expect(tr.querySelectorAll('td[data-sk-label]').length).toBe(2);
		});

		it('describes each document once, under its name, and links to that description from every other view', () => {
			const all = section('semua-dokumen');
			const entries = all.querySelectorAll('details.sk-doc');
			expect(entries.map((entry) => entry.querySelector('.sk-doc-body')!.id)).toEqual(catalogueEntries(sop).map((entry) => entry.doc.id));
			const text = textOf(main);
			for (const { doc, producedAt, neededAt } of catalogueEntries(sop)) {
				const body = root.getElementById(doc.id)!;
				expect(textOf(body.parentNode!.querySelector('summary h3')!)).toBe(doc.name[lang]);
				expect(text.split(doc.description[lang]).length - 1, doc.id).toBe(1);
				const steps = body.querySelectorAll('a').filter((a) => a.getAttribute('href')!.startsWith(`${prefix}langkah/`)).map(textOf);
				expect(steps, doc.id).toEqual([...producedAt, ...neededAt].map(stepLabel));
				if (producedAt.length === 0) expect(textOf(body), doc.id).toMatch(new RegExp(`${translate(lang, 'documents.none.producedAt').slice(0, 20)}|${translate(lang, 'documents.none.producedAtUnnumbered').slice(0, 20)}`));
			}
			// Every other mention of a document is a link to its description.
			for (const slug of ['dari-luar', 'per-tahap', 'per-penerbit']) {
				for (const id of documentLinks(section(slug))) expect(root.getElementById(id)?.classList.contains('sk-doc-body'), `${slug}: #${id}`).toBe(true);
			}
		});

		it('names every step it links to in full, never by its number alone', () => {
			const stepLinks = main.querySelectorAll('a').filter((a) => a.getAttribute('href')!.startsWith(`${prefix}langkah/`));
			expect(stepLinks.length).toBeGreaterThan(sop.documents.length);
			for (const a of stepLinks) expect(textOf(a)).toMatch(new RegExp(`^${translate(lang, 'step.label', { number: 0 }).replace('0', '\\d+')}: \\S`));
		});

		it('marks implied documents and the document needed only in some cases, wherever it names them', () => {
			const names = main.querySelectorAll('details.sk-doc > summary, .sk-partner-table td, .sk-doc-refs li').filter((el) => el.tagName === 'SUMMARY' || documentLinks(el).length > 0);
			let marked = 0;
			for (const el of names) {
				const id = el.tagName === 'SUMMARY' ? el.parentNode!.querySelector('.sk-doc-body')!.id : documentLinks(el)[0]!;
				const doc = sop.documents.find((d) => d.id === id)!;
				const text = textOf(el);
				expect(text.includes(translate(lang, 'document.implied')), `${id} in ${el.tagName}`).toBe(doc.implied);
				if (doc.neededWhen) expect(text, id).toContain(doc.neededWhen[lang]);
				if (doc.implied) marked++;
			}
			expect(marked).toBeGreaterThanOrEqual(sop.documents.filter((doc) => doc.implied).length * 3);
			expect(textOf(main)).toContain(translate(lang, 'document.impliedNote'));
		});

		it('gives each phase the complete list of the documents it needs and produces', () => {
			for (const { phase, needs, produces } of documentsByPhase(sop)) {
				const heading = root.getElementById(`tahap-${phase.id}`)!;
				expect(textOf(heading)).toBe(`${translate(lang, 'phase.label', { number: phase.order })}: ${phase.title[lang]}`);
				const [needed, made] = main.querySelector(`section[aria-labelledby="tahap-${phase.id}"]`)!.querySelectorAll('dd');
				expect(documentLinks(needed!), phase.id).toEqual(needs.map(({ doc }) => doc.id));
				expect(documentLinks(made!), phase.id).toEqual(produces.map(({ doc }) => doc.id));
			}
		});

		it('lists the documents of each issuing office under its name', () => {
			const groups = documentsByIssuer(sop);
			expect(section('per-penerbit').querySelectorAll('dt').map((dt) => dt.id)).toEqual(groups.map(({ office }) => `penerbit-${office.id}`));
			for (const { office, entries } of groups) {
				const dt = root.getElementById(`penerbit-${office.id}`)!;
				expect(textOf(dt)).toBe(office.name[lang]);
				expect(documentLinks(dt.nextElementSibling!), office.id).toEqual(entries.map(({ doc }) => doc.id));
			}
		});

		it('has unique ids', () => {
			const ids = root.querySelectorAll('[id]').map((el) => el.id);
			expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
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
