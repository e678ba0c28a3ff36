import { describe, expect, it } from 'vitest';
import { findUnitMention, formatContentDate, linksToContact, telephoneHref, unitName } from './contact';
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

describe('telephoneHref', () => {
	it('keeps the digits and the leading plus of a number written with spaces, dashes and brackets', () => {
		expect(telephoneHref('+62 (22) 423-0000')).toBe('tel:+62224230000');
	});
});

describe('unitName', () => {
	it('is the name the settings give, else the Sub Bagian as the site names it', () => {
		expect(unitName({ unitName: { id: 'Subbag KLN', en: 'KLN Sub-Division' } }, 'en')).toBe('KLN Sub-Division');
		expect(unitName({}, 'id')).toBe(translate('id', 'contact.unit'));
	});
});

describe('formatContentDate', () => {
	it('writes the date in the page’s language, whatever the time zone', () => {
		expect(formatContentDate('2025-05-01', 'id')).toBe('1 Mei 2025');
		expect(formatContentDate('2025-05-01', 'en')).toBe('1 May 2025');
	});
});
