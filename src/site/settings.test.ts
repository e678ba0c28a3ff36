import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hasContact, parseSettings } from './settings';

describe('parseSettings', () => {
	it('accepts the empty file the repository ships: no contact, no licence', () => {
		const settings = parseSettings(readFileSync('site-settings.json', 'utf8'), 'site-settings.json');
		expect(settings).toEqual({ contact: {} });
		expect(hasContact(settings.contact)).toBe(false);
	});

	it('accepts the test settings, with a contact', () => {
		const settings = parseSettings(readFileSync('test/fixtures/site-settings.json', 'utf8'), 'test.json');
		expect(hasContact(settings.contact)).toBe(true);
		expect(settings.licence?.en).toMatch(/licence/);
	});

	it('names the file and each field in error', () => {
		expect(() => parseSettings('{"contact":{"email":"not an address","webPage":"ftp://x"}}', 'site-settings.json')).toThrow(
			/^site-settings\.json: contact\.email: .*; contact\.webPage: /,
		);
		expect(() => parseSettings('{"contact":{},"colour":"red"}', 'f.json')).toThrow(/^f\.json: \(root\): /);
		expect(() => parseSettings('{', 'f.json')).toThrow(/^f\.json: not valid JSON/);
		expect(() => parseSettings('{"contentDate":"1 May 2020"}', 'f.json')).toThrow(/^f\.json: contentDate: /);
	});

	it('does not count a unit name alone as a way to reach the unit', () => {
		expect(hasContact({ unitName: { id: 'Sub Bagian', en: 'Sub-Division' } })).toBe(false);
		expect(hasContact({ telephone: '+62 22 000' })).toBe(true);
	});
});
