import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { MAIN_LANG } from '../../model/languages';
import { BUILDS, readPage } from '../../../test/support/built-site';

describe.each(BUILDS)('the glossary built at $base', (site) => {
	it.each(['id', 'en'] as const)('gives every office and term an entry under its anchor, with its meaning and the other spellings of the SOP (%s)', (lang) => {
		const root = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}istilah/`));
		const entries = [
			// An office under the short name of the main language (the SOP's), with the SOP's other ways of writing it.
			...sop.offices.map((office) => ({ id: office.id, short: office.short[MAIN_LANG], meaning: office.description[lang], aliases: office.sopForms.filter((form) => form !== office.short[MAIN_LANG]) })),
			...sop.terms.map((term) => ({ id: term.id, short: term.term, meaning: term.meaning[lang], aliases: [] as string[] })),
		];
		for (const { id, short, meaning, aliases } of entries) {
			const heading = root.querySelector(`main h3[id="${id}"]`);
			expect(heading?.text.trim(), id).toBe(short);
			const entry = heading!.parentNode!;
			expect(entry.text.replace(/\s+/g, ' '), id).toContain(meaning);
			const spellings = entry.querySelector('.sk-aliases')?.text.replace(/\s+/g, ' ').trim();
			expect(spellings, id).toBe(aliases.length > 0 ? `${translate(lang, 'glossary.aliases')}: ${aliases.join(', ')}` : undefined);
		}
		// The Ministry of Home Affairs, for one, is written "kemdagri" and "Mendagri" as well.
		expect(entries.filter((entry) => entry.aliases.length > 0).map((entry) => entry.aliases.join(', '))).toContain('kemdagri, Mendagri');
	});
});
