import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { orderedPhases, stepsOfPhase } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

describe.each(BUILDS)('the phase pages built at $base', (site) => {
	it.each(['id', 'en'] as const)('give every phase a page titled by its number and title, listing its steps by title (%s)', (lang) => {
		for (const phase of orderedPhases(sop)) {
			const main = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}tahap/${phase.id}/`)).querySelector('main')!;
			expect(main.querySelector('h1')!.text.trim()).toBe(translate(lang, 'nav.phase', { number: phase.order, title: phase.title[lang] }));
			const titles = main.querySelectorAll('ol.sk-phase-steps > li > a.sk-phase-step-title').map((a) => a.text.trim());
			expect(titles, phase.id).toEqual(stepsOfPhase(sop, phase.id).map((step) => step.title[lang]));
		}
	});
});
