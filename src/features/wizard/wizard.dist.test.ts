import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { measureWizardScripts, WIZARD_JS_BUDGET } from '../../../tools/measure-wizard';
import { BUILDS, fileForPath, listPages, readPage } from '../../../test/support/built-site';
import { sop } from '../../content/sop';
import { LANGS, MAIN_LANG } from '../../model/languages';
import { getOffice, orderedPhases, orderedSteps } from '../../model/query';
import { DECISION_ANSWERS, pendingDecision } from './flow';
import { proposers } from './proposers';

/** The wizard's own path segments under /posisi/, which no step id may take. */
const OWN_SEGMENTS = ['langkah', 'tahap', 'dokumen', 'belum-diajukan'];
/** Words readers search for the wizard with, in each language: the start page must hold them. */
const SEARCH_WORDS = { id: ['posisi', 'status', 'di mana usulan'], en: ['position', 'status', 'where'] } as const;
const steps = orderedSteps(sop);
const asking = steps.filter((step) => pendingDecision(sop, step));

describe.each(BUILDS)('the wizard built at $base', (site) => {
	const contactSet = site.base !== '/';

	describe.each(LANGS.map((lang) => [lang, lang === MAIN_LANG ? '' : `${lang}/`] as const))('in %s', (lang, prefix) => {
		const root = `${site.base}${prefix}posisi/`;
		const page = (path: string) => parse(readPage(site, root + path));
		const wizardPages = listPages(site).filter((p) => p.startsWith(root) && !p.slice(root.length).startsWith('en/'));
		/** The "Continue" link of each option of a question page, by the option's value. */
		const continues = (html: HTMLElement): Record<string, string> =>
			Object.fromEntries(
				html.querySelectorAll('sk-question input[type="radio"]').map((radio) => [radio.getAttribute('value') ?? '', radio.parentNode!.querySelector('a[data-sk-go]')!.getAttribute('href') ?? '']),
			);

		it('has a start page with three ways in, found by search for the words readers use', () => {
			const start = page('');
			expect(start.querySelectorAll('.sk-ways a').map((a) => a.getAttribute('href'))).toEqual([`${root}langkah/`, `${root}dokumen/`, `${root}belum-diajukan/`]);
			expect(start.querySelector('[data-pagefind-body]')).not.toBeNull();
			const text = start.querySelector('main')!.text.toLowerCase();
			for (const word of SEARCH_WORDS[lang]) expect(text, word).toContain(word);
		});

		it('leaves every other wizard page out of the search index', () => {
			const indexed = wizardPages.filter((p) => p !== root && readPage(site, p).includes('data-pagefind-body'));
			expect(wizardPages.length).toBeGreaterThan(40);
			expect(indexed).toEqual([]);
		});

		it('walks the step path without JavaScript: phase, then step, then the decision, each "Continue" a built page', () => {
			const phases = continues(page('langkah/'));
			expect(Object.keys(phases)).toEqual([...orderedPhases(sop).map((p) => p.id), 'tidak-tahu']);
			expect(phases['tidak-tahu']).toBe(`${root}dokumen/`);
			const reached = new Set<string>();
			for (const phase of orderedPhases(sop)) {
				expect(phases[phase.id]).toBe(`${root}tahap/${phase.id}/`);
				for (const href of Object.values(continues(page(`tahap/${phase.id}/`)))) {
					expect(fileForPath(site, href), href).toBeDefined();
					reached.add(href);
				}
			}
			expect([...reached].sort()).toEqual(steps.map((s) => `${root}${s.id}/`).sort());
			for (const step of asking) {
				expect(continues(page(`${step.id}/`))).toEqual(Object.fromEntries(DECISION_ANSWERS.map((answer) => [answer, `${root}${step.id}/${answer}/`])));
				for (const answer of DECISION_ANSWERS) expect(fileForPath(site, `${root}${step.id}/${answer}/`)).toBeDefined();
			}
		});

		it('sends "Continue" without an answer to the error summary, which links to the first option', () => {
			for (const path of ['langkah/', `tahap/${orderedPhases(sop)[1]!.id}/`, `${asking[0]!.id}/`, 'belum-diajukan/']) {
				const html = page(path);
				expect(html.querySelector('a[data-sk-go-none]')!.getAttribute('href'), path).toBe('#sk-fout');
				const first = html.querySelector('sk-question input[type="radio"]')!.id;
				expect(html.querySelector('#sk-fout a')!.getAttribute('href'), path).toBe(`#${first}`);
			}
		});

		it('keeps every address of the earlier wizard: a page after each step', () => {
			for (const step of steps) expect(fileForPath(site, `${root}${step.id}/`), step.id).toBeDefined();
			for (const step of steps) expect(OWN_SEGMENTS).not.toContain(step.id);
		});

		it('titles each answer with its step’s number, and leads it with where the file is and what comes next', () => {
			const answers = [
				...steps.filter((s) => !pendingDecision(sop, s)).map((s) => [s, `${s.id}/`] as const),
				...asking.flatMap((s) => DECISION_ANSWERS.map((answer) => [s, `${s.id}/${answer}/`] as const)),
			];
			for (const [step, path] of answers) {
				const html = page(path);
				expect(html.querySelector('h1')!.text, path).toMatch(new RegExp(`\\b${step.number}\\b`));
				const first = html.querySelector('.sk-answer')!.childNodes.find((node) => node.nodeType === 1) as HTMLElement;
				expect(first.classList.contains('sk-panel'), path).toBe(true);
				expect(first.querySelector('.sk-lead')!.text.trim(), path).not.toBe('');
			}
		});

		it('answers a partner that has not submitted yet, for each who may propose', () => {
			expect(Object.values(continues(page('belum-diajukan/')))).toEqual(proposers(sop).map((o) => `${root}belum-diajukan/${o.id}/`));
			for (const office of proposers(sop)) {
				const html = page(`belum-diajukan/${office.id}/`);
				expect(html.querySelector('#sk-prepare-heading')).not.toBeNull();
				expect(html.querySelector('.sk-panel')!.text).toContain(getOffice(sop, steps[0]!.responsible).short[lang]);
			}
		});

		it(contactSet ? 'links the Sub Bagian to the contact block, the contact being set' : 'names the Sub Bagian without a link, no contact being set', () => {
			for (const path of ['', `${asking[0]!.id}/tidak/`, `${steps[0]!.id}/`, `belum-diajukan/${proposers(sop)[0]!.id}/`]) {
				const contactLinks = page(path).querySelectorAll('main a[href="#kontak"]');
				if (contactSet) expect(contactLinks.length, path).toBeGreaterThan(0);
				else expect(contactLinks.length, path).toBe(0);
			}
		});

		it('hands the documents question only the page’s language, as inert JSON', () => {
			const json = page('dokumen/').querySelector('script[type="application/json"][data-sk-wizard-data]')!.innerHTML;
			expect(json).not.toMatch(/<\/?script/i);
			const data = JSON.parse(json) as { lang: string; sop: { steps: { title: Record<string, string> }[] }; contact?: unknown };
			expect(data.lang).toBe(lang);
			expect(data.sop.steps.map((s) => Object.keys(s.title))).toEqual(steps.map(() => [lang]));
			expect(data.contact !== undefined).toBe(contactSet);
		});

		it('offers every document of the SOP on the documents question, each with a hint, behind the script', () => {
			const html = page('dokumen/');
			const boxes = html.querySelectorAll('input[type="checkbox"][name="dokumen"]');
			expect(boxes.map((b) => b.getAttribute('value')).sort()).toEqual(sop.documents.map((d) => d.id).sort());
			for (const box of boxes) expect(html.querySelector(`#${box.getAttribute('aria-describedby')}`)!.text.trim()).not.toBe('');
			expect(html.querySelector('form[data-sk-form]')!.hasAttribute('hidden')).toBe(true);
			expect(html.querySelector('[data-sk-nojs] a')!.getAttribute('href')).toBe(`${root}langkah/`);
		});
	});

	it(`keeps the wizard's own JavaScript within ${WIZARD_JS_BUDGET} bytes gzip`, () => {
		const scripts = measureWizardScripts(site.dir);
		expect(scripts.map((s) => s.name).join()).toContain('DocumentsQuestion');
		expect(scripts.reduce((sum, s) => sum + s.gzip, 0)).toBeLessThanOrEqual(WIZARD_JS_BUDGET);
	});
});
