import { describe, expect, it } from 'vitest';
import { mergeStrings, translate, ui } from './ui';

describe('interface strings', () => {
	it('has the same keys in both languages, none empty', () => {
		expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.id).sort());
		for (const lang of ['id', 'en'] as const) for (const [key, value] of Object.entries(ui[lang])) expect(value.trim(), `${lang} ${key}`).not.toBe('');
	});
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(translate('id', 'step.ofTotal', { number: 3, total: 23 })).toBe('Langkah 3 dari 23');
		expect(translate('en', 'step.ofTotal', { number: 3 })).toBe('Step 3 of {total}');
	});
});

describe('mergeStrings', () => {
	it('merges the sets of several features', () => expect(mergeStrings([{ a: '1' }, { b: '2' }])).toEqual({ a: '1', b: '2' }));
	it('refuses a key defined by two features', () => expect(() => mergeStrings([{ a: '1' }, { a: '2' }])).toThrow('Interface string "a" is defined twice'));
});
