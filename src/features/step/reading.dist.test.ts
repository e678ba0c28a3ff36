import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { glossaryAnchors } from '../glossary/glossary';
import { translate } from './strings';
import { routingTitle } from './routing';
import { getDocument, getOffice, getPhase, getStep, orderedPhases, orderedSteps, stepsOfPhase } from '../../model/query';
import { BUILDS, listPages, readPage } from '../../../test/support/built-site';

const LANGS = ['id', 'en'] as const;
const steps = orderedSteps(sop);

describe.each(BUILDS)('the reading pages built at $base', (site) => {
	const url = (lang: 'id' | 'en', path: string) => `${site.base}${lang === 'en' ? 'en/' : ''}${path}`;
	const page = (lang: 'id' | 'en', path: string) => parse(readPage(site, url(lang, path)));

	describe.each(LANGS)('in %s', (lang) => {
		it('has a page per step with number, phase, office, documents, verbatim text, explanation and previous/next', () => {
			steps.forEach((step, i) => {
				const root = page(lang, `langkah/${step.id}/`);
				const main = root.querySelector('main')!;
				expect(root.querySelector('html')!.getAttribute('lang')).toBe(lang);
				expect(main.querySelector('h1')!.text.trim()).toBe(step.title[lang]);
				expect(main.querySelector('.sk-step-meta')!.text).toContain(lang === 'id' ? `Langkah ${step.number} dari 23` : `Step ${step.number} of 23`);
				expect(main.querySelector(`.sk-step-meta a[href="${url(lang, `tahap/${step.phase}/`)}"]`), step.id).not.toBeNull();
				const facts = main.querySelector('.sk-facts')!;
				const responsible = facts.querySelector(`a[href="${url(lang, `peran/${step.responsible}/`)}"]`);
				expect(responsible?.text.trim(), step.id).toBe(getOffice(sop, step.responsible).name[lang]);
				for (const id of [...step.requires, ...step.produces]) expect(facts.text).toContain(getDocument(sop, id).name[lang]);
				// The verbatim text in a figure the caption names.
				const quote = main.querySelector('figure.sk-quote')!;
				expect(quote.querySelector('figcaption')!.text.trim()).toBe(translate(lang, 'field.sopText'));
				expect(quote.querySelector('blockquote')!.text.trim()).toBe(step.sopText);
				expect(quote.querySelector('blockquote')!.getAttribute('lang')).toBe('id');
				expect(main.querySelector('h2#penjelasan')!.text.trim()).toBe(translate(lang, 'stepPage.explanation'));
				expect(main.querySelector('.sk-explanation')!.text.trim().length, step.id).toBeGreaterThan(80);
				const prev = main.querySelector('a[rel="prev"]');
				const next = main.querySelector('a[rel="next"]');
				expect(prev?.getAttribute('href')).toBe(i > 0 ? url(lang, `langkah/${steps[i - 1]!.id}/`) : undefined);
				expect(next?.getAttribute('href')).toBe(i < steps.length - 1 ? url(lang, `langkah/${steps[i + 1]!.id}/`) : undefined);
			});
		});

		it('shows the route of a step’s documents as an ordered list of offices, under a heading naming them, on the steps that have one and no other', () => {
			for (const step of steps) {
				const region = page(lang, `langkah/${step.id}/`).querySelector('main section[aria-labelledby="alur"]');
				if (!step.routing) {
					expect(region, step.id).toBeNull();
					continue;
				}
				expect(region!.querySelector('h2#alur')!.text.trim()).toBe(routingTitle(sop, step.routing, lang));
				expect(region!.querySelectorAll('ol > li').map((li) => li.text.trim())).toEqual(step.routing.via.map((id) => getOffice(sop, id).name[lang]));
			}
			expect(getStep(sop, 'proses-telaahan-staf').routing).toBeDefined();
		});

		it('expands an abbreviation of the explanation on its first use', () => {
			const abbr = page(lang, 'langkah/rapat-tim-tkksd/').querySelectorAll('.sk-explanation abbr').find((el) => el.text.trim() === 'TKKSD');
			expect(abbr?.getAttribute('title')).toBe(getOffice(sop, 'tim-tkksd').name[lang]);
		});

		it('marks the current step, and only it, in the step-by-step navigation, with only its phase open', () => {
			for (const step of steps) {
				const nav = page(lang, `langkah/${step.id}/`).querySelector('nav.sk-stepnav')!;
				const current = nav.querySelectorAll('[aria-current]');
				expect(current).toHaveLength(1);
				expect(current[0]!.getAttribute('aria-current')).toBe('step');
				expect(current[0]!.getAttribute('href')).toBe(url(lang, `langkah/${step.id}/`));
				const phases = nav.querySelectorAll('details');
				expect(phases).toHaveLength(sop.phases.length);
				const open = phases.filter((details) => details.hasAttribute('open'));
				expect(open, step.id).toHaveLength(1);
				expect(open[0]!.querySelector('summary')!.text).toContain(getPhase(sop, step.phase).title[lang]);
				expect(open[0]!.querySelector('[aria-current="step"]'), step.id).not.toBeNull();
				expect(nav.querySelectorAll('ol.sk-stepnav-steps a')).toHaveLength(steps.length);
				expect(nav.hasAttribute('data-pagefind-ignore')).toBe(true);
			}
		});

		it('has a page per phase with its diagram, its steps listed once, the other phases in the navigation, and no heading twice', () => {
			for (const phase of orderedPhases(sop)) {
				const main = page(lang, `tahap/${phase.id}/`).querySelector('main')!;
				expect(main.text).toContain(phase.summary[lang]);
				expect(main.querySelector('figure svg'), phase.id).not.toBeNull();
				const phaseSteps = stepsOfPhase(sop, phase.id);
				const stepHrefs = phaseSteps.map((s) => url(lang, `langkah/${s.id}/`));
				// Lists (outside the diagram) that link to the phase's steps: exactly one, in order.
				const lists = main.querySelectorAll('ol, ul').filter((list) => list.querySelectorAll('a').some((a) => stepHrefs.includes(a.getAttribute('href')!)));
				expect(lists, phase.id).toHaveLength(1);
				const listed = lists[0]!.querySelectorAll('li > a').map((a) => a.getAttribute('href'));
				expect(listed.filter((href) => stepHrefs.includes(href!))).toEqual(stepHrefs);
				// The navigation marks this phase and does not repeat its steps.
				const nav = main.querySelector('nav.sk-stepnav')!;
				expect(nav.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe(url(lang, `tahap/${phase.id}/`));
				expect(nav.querySelectorAll('details')).toHaveLength(sop.phases.length - 1);
				const headings = main.querySelectorAll('h1, h2, h3, h4').map((h) => h.text.trim());
				expect(headings.filter((text, i) => headings.indexOf(text) !== i), phase.id).toEqual([]);
			}
		});

		it('has a glossary entry for every office and term, with its anchor', () => {
			const root = page(lang, 'istilah/');
			for (const anchor of glossaryAnchors(sop)) expect(root.getElementById(anchor), anchor).not.toBeNull();
			for (const office of sop.offices) expect(root.getElementById(office.id)!.text.trim()).toBe(office.short.id);
		});

		it('has the about page with the source and the dated notice on later regulations', () => {
			const text = page(lang, 'tentang/').querySelector('main')!.text;
			for (const fact of ['2015', 'PP 28/2018', 'Permendagri 25/2020', 'Permenlu 3/2019', '22', 'biropemerintahan.bantenprov.go.id', 'setkab.go.id', 'Bagian Kerjasama']) {
				expect(text).toContain(fact);
			}
		});
	});

	it('gives no element id twice on any page', () => {
		for (const path of listPages(site)) {
			const ids = parse(readPage(site, path)).querySelectorAll('[id]').map((el) => el.id);
			const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
			expect(repeated, path).toEqual([]);
		}
	});

	it('indexes step, phase, glossary, table and about pages for search, with Indonesian stemming', () => {
		const searchable = (path: string) => parse(readPage(site, `${site.base}${path}`)).querySelector('main')!.hasAttribute('data-pagefind-body');
		for (const path of [`langkah/${steps[0]!.id}/`, `tahap/${sop.phases[0]!.id}/`, 'istilah/', 'tabel-sop/', 'tentang/', 'en/istilah/']) expect(searchable(path), path).toBe(true);
		for (const path of ['', 'ringkasan/']) expect(searchable(path), path || 'home').toBe(false);
		const entry = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
		expect(entry.languages.id?.wasm).toBe('id');
		expect(existsSync(join(site.dir, 'pagefind', 'wasm.id.pagefind'))).toBe(true);
	});
});
