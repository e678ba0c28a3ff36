import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { orderedPhases, stepsOfPhase } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

// Its summary, diagram, the list of its steps and the navigation: src/features/step/reading.dist.test.ts.
describe.each(BUILDS)('the phase pages built at $base', (site) => {
	it.each(['id', 'en'] as const)('give every phase a page titled by its number and title, naming each of its steps by its title (%s)', (lang) => {
		const prefix = `${site.base}${lang === 'en' ? 'en/' : ''}`;
		for (const phase of orderedPhases(sop)) {
			const main = parse(readPage(site, `${prefix}tahap/${phase.id}/`)).querySelector('main')!;
			expect(main.querySelector('h1')!.text.trim()).toBe(translate(lang, 'nav.phase', { number: phase.order, title: phase.title[lang] }));
			for (const step of stepsOfPhase(sop, phase.id)) {
				const links = main.querySelectorAll(`:not(svg) li > a[href="${prefix}langkah/${step.id}/"]`);
				expect(links.map((a) => a.text.replace(/\s+/g, ' ').trim()).join(' | '), `${phase.id}: ${step.id}`).toContain(step.title[lang]);
			}
		}
	});
});
