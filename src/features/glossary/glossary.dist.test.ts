import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { MAIN_LANG } from '../../model/languages';
import { BUILDS, readPage } from '../../../test/support/built-site';

// The ways the SOP writes each entry: glossary-forms.dist.test.ts.
describe.each(BUILDS)('the glossary built at $base', (site) => {
	it.each(['id', 'en'] as const)('gives every office and term an entry under its anchor, headed by its short form, with its meaning (%s)', (lang) => {
		const root = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}istilah/`));
		const entries = [
			// An office under the short name of the main language (the SOP's).
			...sop.offices.map((office) => ({ id: office.id, short: office.short[MAIN_LANG], meaning: office.description[lang] })),
			...sop.terms.map((term) => ({ id: term.id, short: term.term, meaning: term.meaning[lang] })),
		];
		for (const { id, short, meaning } of entries) {
			const heading = root.querySelector(`main h3[id="${id}"]`);
			expect(heading?.text.trim(), id).toBe(short);
			expect(heading!.parentNode!.text.replace(/\s+/g, ' '), id).toContain(meaning);
		}
	});
});
