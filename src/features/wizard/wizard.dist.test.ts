import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { measureWizardScripts, WIZARD_JS_BUDGET } from '../../../tools/measure-wizard';
import { sop } from '../../content/sop';
import { orderedSteps } from '../../model/query';
import { documentChoices } from './documents';
import { BUILDS, readPage } from '../../../test/support/built-site';

const LANGS = [
	['id', ''],
	['en', 'en/'],
] as const;

describe.each(BUILDS)('the wizard built at $base', (site) => {
	describe.each(LANGS)('in %s', (lang, prefix) => {
		const page = parse(readPage(site, `${site.base}${prefix}posisi/`));

		it('asks for the last finished step, by title, grouped by the 7 phases', () => {
			const select = page.querySelector('select[name="langkah"]')!;
			expect(page.querySelector(`label[for="${select.id}"]`)!.text.trim()).not.toBe('');
			expect(select.querySelectorAll('optgroup')).toHaveLength(7);
			const options = select.querySelectorAll('optgroup option');
			expect(options.map((o) => o.getAttribute('value'))).toEqual(orderedSteps(sop).map((s) => s.id));
			orderedSteps(sop).forEach((step, i) => expect(options[i]!.text).toContain(step.title[lang]));
		});

		it('offers every output of the SOP as a labelled checkbox', () => {
			const boxes = page.querySelectorAll('input[type="checkbox"][name="dokumen"]');
			expect(boxes.map((b) => b.getAttribute('value'))).toEqual(documentChoices(sop).map((c) => c.document.id));
			for (const box of boxes) expect(page.querySelector(`label[for="${box.id}"]`)!.text.trim()).not.toBe('');
		});

		it('links every step to its prerendered result, for readers without JavaScript', () => {
			const hrefs = page.querySelectorAll('[data-sk-step-links] a').map((a) => a.getAttribute('href'));
			expect(hrefs).toEqual(orderedSteps(sop).map((s) => `${site.base}${prefix}posisi/${s.id}/`));
		});

		it('has an empty live region for the result, and the model as inert JSON', () => {
			const region = page.querySelector('[data-sk-result]')!;
			expect(region.getAttribute('aria-live')).toBe('polite');
			expect(region.childNodes).toHaveLength(0);
			const data = page.querySelector('script[type="application/json"][data-sk-wizard-data]')!;
			expect(data.innerHTML).not.toMatch(/<\/?script/i);
			const parsed = JSON.parse(data.innerHTML) as { lang: string; sop: { steps: unknown[] } };
			expect([parsed.lang, parsed.sop.steps.length]).toEqual([lang, 23]);
		});

		it.each(orderedSteps(sop).map((s) => [s.number, s.id] as const))('prerenders the result after step %i (%s)', (number, id) => {
			const result = parse(readPage(site, `${site.base}${prefix}posisi/${id}/`)).querySelector('[data-sk-result] section.sk-result')!;
			expect(result.querySelector('progress')!.getAttribute('value')).toBe(String(number));
			expect(result.querySelector('#sk-result-where')!.text).toContain(String(number));
			expect(result.querySelector('[data-sk-nav="edit"]')!.getAttribute('href')).toBe(`${site.base}${prefix}posisi/?langkah=${id}&ubah=1`);
		});
	});

	it(`keeps the wizard's own JavaScript within ${WIZARD_JS_BUDGET} bytes gzip, against a result page`, () => {
		const scripts = measureWizardScripts(site.dir);
		expect(scripts.map((s) => s.name).join()).toContain('Wizard');
		expect(scripts.reduce((sum, s) => sum + s.gzip, 0)).toBeLessThanOrEqual(WIZARD_JS_BUDGET);
	});
});
