import { describe, expect, it } from 'vitest';
import { LANGS } from '../model/languages';
import { siteStrings, translate } from './site-strings';
import { defineStrings, fill, mergeStrings, translator } from './strings';

describe('fill', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fill('Langkah {number} dari {total}', { number: 3, total: 23 })).toBe('Langkah 3 dari 23');
		expect(fill('Step {number} of {total}', { number: 3 })).toBe('Step 3 of {total}');
	});
});

describe('mergeStrings', () => {
	it('merges several sets', () => expect(mergeStrings([{ a: '1' }, { b: '2' }])).toEqual({ a: '1', b: '2' }));
	it('refuses a key defined twice', () => expect(() => mergeStrings([{ a: '1' }, { a: '2' }])).toThrow('Interface string "a" is defined twice'));
});

describe('translator', () => {
	const feature = defineStrings({ id: { 'x.hello': 'Halo {name}' }, en: { 'x.hello': 'Hello {name}' } });
	it('gives a feature’s strings and the site’s, in each language', () => {
		const t = translator(siteStrings, feature);
		expect(t('en', 'x.hello', { name: 'Bandung' })).toBe('Hello Bandung');
		expect(t('id', 'step.label', { number: 4 })).toBe(translate('id', 'step.label', { number: 4 }));
	});
	it('refuses a feature that defines a key of the site again', () => {
		const again = defineStrings({ id: { 'step.label': 'x' }, en: { 'step.label': 'x' } });
		expect(() => translator(siteStrings, again)).toThrow('"step.label" is defined twice');
	});
});

describe('the site’s strings', () => {
	it('have the same keys in every language, none empty', () => {
		const [main, ...others] = LANGS.map((lang) => siteStrings[lang]);
		for (const other of others) expect(Object.keys(other!).sort()).toEqual(Object.keys(main!).sort());
		for (const lang of LANGS) for (const [key, value] of Object.entries(siteStrings[lang])) expect(value.trim(), `${lang} ${key}`).not.toBe('');
	});
});
