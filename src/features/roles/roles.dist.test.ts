import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { stepCountLabel } from './roles';
import { getLevel, stepsForOffice } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe.each(BUILDS)('the role pages built at $base', (site) => {
	it.each(['id', 'en'] as const)('give every office a page with one empty checkbox per step (%s)', (lang) => {
		for (const office of sop.offices) {
			const root = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}peran/${office.id}/`));
			expect(root.querySelector('h1')!.text.trim()).toBe(office.name[lang]);
			const boxes = root.querySelectorAll('sk-checklist input[type="checkbox"]');
			expect(boxes.map((box) => box.getAttribute('value'))).toEqual(stepsForOffice(sop, office.id).map(({ step }) => step.id));
			expect(boxes.filter((box) => box.hasAttribute('checked'))).toEqual([]);
			// Each box is named by its step: "Langkah 5: <title>".
			const labels = boxes.map((box) => root.querySelector(`label[for="${box.id}"]`)?.text.trim());
			expect(labels, office.id).toEqual(
				stepsForOffice(sop, office.id).map(({ step }) => `${translate(lang, 'step.label', { number: step.number })}: ${step.title[lang]}`),
			);
			expect(root.querySelector('sk-checklist')!.getAttribute('data-sk-office')).toBe(office.id);
			expect(duplicates(root.querySelectorAll('[id]').map((el) => el.id))).toEqual([]);
		}
	});

	it.each(['id', 'en'] as const)('index every office once (%s)', (lang) => {
		const prefix = `${site.base}${lang === 'en' ? 'en/' : ''}peran/`;
		const root = parse(readPage(site, prefix));
		const links = root.querySelectorAll('main section a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining(sop.offices.map((office) => `${prefix}${office.id}/`)));
		expect(links).toHaveLength(sop.offices.length);
		// Each office under the heading of its level, named, with its number of steps.
		for (const office of sop.offices) {
			const section = root.querySelector(`main section[aria-labelledby="tingkat-${office.level}"]`)!;
			expect(section.querySelector('h2')!.text.trim()).toBe(getLevel(sop, office.level).name[lang]);
			const item = section.querySelectorAll('li').find((li) => li.querySelector('a')?.getAttribute('href') === `${prefix}${office.id}/`);
			expect(item?.querySelector('a')!.text.trim(), office.id).toBe(office.name[lang]);
			const count = stepsForOffice(sop, office.id).length;
			expect(item!.text, office.id).toContain(translate(lang, stepCountLabel(count), { count }));
		}
	});
});
