import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { BUILDS, readPage } from '../../../test/support/built-site';

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
});

describe.each(BUILDS)('the 404 page built at $base', (site) => {
	it('links to the role index and the document catalogue in both languages', () => {
		const root = parse(readPage(site, `${site.base}404.html`));
		const links = root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
		for (const path of ['peran/', 'dokumen/', 'en/peran/', 'en/dokumen/']) expect(links).toContain(`${site.base}${path}`);
	});
});
