import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { BUILDS, listPages, readPage } from '../../../test/support/built-site';

// The pages of the roles, catalogue and SOP table features, in both languages.
const site = BUILDS[0]!;
const OWN = /^(?:en\/)?(?:peran\/(?:[^/]+\/)?|dokumen\/|tabel-sop\/)$/;
const pages = listPages(site).filter((page) => OWN.test(page.slice(site.base.length)));

/** The visible text of the page's main content and the accessible names the page gives (titles, labels). */
function textOf(html: string): string {
	const main = parse(html).querySelector('main')!;
	for (const el of main.querySelectorAll('script, style')) el.remove();
	const attributes = main.querySelectorAll('[title], [aria-label]').flatMap((el) => [el.getAttribute('title'), el.getAttribute('aria-label')]);
	const messages = main.querySelectorAll('[data-sk-messages]').flatMap((el) => Object.values(JSON.parse(el.getAttribute('data-sk-messages')!) as Record<string, string>));
	return [main.text, ...attributes, ...messages].join(' ').replace(/\s+/g, ' ');
}

// English pages are checked for Indonesian words over the whole build: test/quality/english.dist.test.ts.
describe('the wording of the role pages, the document catalogue and the SOP table', () => {
	it('covers both languages of each of them', () => {
		expect(pages.filter((page) => page.includes('/en/'))).toHaveLength(pages.length / 2);
		expect(pages.length).toBe(2 * (sop.offices.length + 3));
	});

	it('is Indonesian as a civil servant writes it on Indonesian pages', () => {
		const problems = pages
			.filter((page) => !page.startsWith(`${site.base}en/`))
			.flatMap((page) => {
				const text = textOf(readPage(site, page));
				return [
					[/\bkantor\b/i, '“kantor” (pejabat, unit kerja or instansi)'],
					[/\bbrowser\b/i, '“browser” (peramban)'],
					[/\breset\b/i, '“Reset”'],
					[/\bJika\b/, '“Jika” (the site writes “Bila”)'],
					[/[„"]/, 'a quotation mark other than “…”'],
					[/\bWalikota\b/, '“Walikota” outside a quotation of the SOP (Wali Kota)'],
				]
					.filter(([pattern]) => (pattern as RegExp).test(textOutsideSopQuotes(text, page)))
					.map(([, what]) => `${page}: ${what}`);
			});
		expect(problems).toEqual([]);
	});
});

/** The text without the SOP's own sentences, which keep their spelling ("Walikota"). */
function textOutsideSopQuotes(text: string, page: string): string {
	return page.includes('tabel-sop') ? sop.steps.reduce((rest, step) => rest.replaceAll(step.sopText, ''), text) : text;
}
