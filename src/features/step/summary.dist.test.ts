import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { getDocument, getOffice, orderedSteps } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

describe.each(BUILDS)('the summary page built at $base', (site) => {
	it.each(['id', 'en'] as const)('lists all 23 steps with offices, documents and verbatim text (%s)', (lang) => {
		const root = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}ringkasan/`));
		const articles = root.querySelectorAll('article.sk-step');
		expect(articles).toHaveLength(23);
		orderedSteps(sop).forEach((step, i) => {
			const article = articles[i]!;
			expect(article.id).toBe(step.id);
			expect(article.querySelector('h3')!.text).toContain(step.title[lang]);
			expect(article.text).toContain(getOffice(sop, step.responsible).name[lang]);
			for (const id of [...step.requires, ...step.produces]) expect(article.text).toContain(getDocument(sop, id).name[lang]);
			expect(article.querySelector('blockquote')!.text.trim()).toBe(step.sopText);
		});
		expect(root.querySelector('html')!.getAttribute('lang')).toBe(lang);
	});
});
