import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { stepsForOffice } from '../../model/query';
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
			for (const box of boxes) expect(root.querySelector(`label[for="${box.id}"]`)).not.toBeNull();
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
	});
});
