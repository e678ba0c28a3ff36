import { describe, expect, it } from 'vitest';
import { findUnitMention, linksToContact } from './contact';
import { translate } from './site-strings';

describe('findUnitMention', () => {
	it('cuts a sentence around the Sub Bagian, in each language', () => {
		expect(findUnitMention(`SOP tidak menyebutnya. Tanyakan kepada ${translate('id', 'contact.unit')}.`, 'id')).toEqual({
			before: 'SOP tidak menyebutnya. Tanyakan kepada ',
			unit: translate('id', 'contact.unit'),
			after: '.',
		});
		expect(findUnitMention(`Ask the ${translate('en', 'contact.unit')} (Sub Bagian Kerjasama Luar Negeri).`, 'en')?.after).toBe(' (Sub Bagian Kerjasama Luar Negeri).');
	});

	it('finds nothing in a sentence that names no unit', () => expect(findUnitMention('Langkah 3.', 'id')).toBeUndefined());
});

describe('linksToContact', () => {
	it('links only when the settings say how to reach the unit', () => {
		expect(linksToContact({})).toBe(false);
		expect(linksToContact({ email: 'a@b.invalid' })).toBe(true);
	});
});
