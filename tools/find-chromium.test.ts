import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium, HEADLESS_SHELL_PATH, KNOWN_CHROMIUM_PATHS, NO_CHROMIUM_MESSAGE } from './find-chromium';

describe('findChromium', () => {
	it('uses CHROME_PATH when it exists', () => expect(findChromium({ CHROME_PATH: '/x/chrome' }, (p) => p === '/x/chrome')).toBe('/x/chrome'));
	it('refuses a CHROME_PATH that does not exist', () => expect(() => findChromium({ CHROME_PATH: '/x/chrome' }, () => false)).toThrow('CHROME_PATH is set to "/x/chrome"'));
	it('falls back to the first known path that exists', () =>
		expect(findChromium({}, (p) => p === KNOWN_CHROMIUM_PATHS[2])).toBe(KNOWN_CHROMIUM_PATHS[2]));
	it('takes the headless shell before a full browser, unless asked for the browser readers run', () => {
		const both = (p: string) => p === HEADLESS_SHELL_PATH || p === KNOWN_CHROMIUM_PATHS[0];
		expect(findChromium({}, both)).toBe(HEADLESS_SHELL_PATH);
		expect(findChromium({}, both, 'browser')).toBe(KNOWN_CHROMIUM_PATHS[0]);
		expect(findChromium({}, (p) => p === KNOWN_CHROMIUM_PATHS[0])).toBe(KNOWN_CHROMIUM_PATHS[0]);
	});
	it('does not offer the headless shell for the browser readers run', () =>
		expect(() => findChromium({}, (p) => p === HEADLESS_SHELL_PATH, 'browser')).toThrow(NO_CHROMIUM_MESSAGE));
	it('says how to get a browser when none is found', () => expect(() => findChromium({}, () => false)).toThrow(NO_CHROMIUM_MESSAGE));
	it('keeps the message to one line', () => expect(NO_CHROMIUM_MESSAGE).not.toContain('\n'));
});

describe('chromiumArgs', () => {
	it('adds --no-sandbox only as root', () => {
		expect(chromiumArgs(true)).toContain('--no-sandbox');
		expect(chromiumArgs(false)).not.toContain('--no-sandbox');
		expect(chromiumArgs(false)).toContain('--disable-background-networking');
	});
});
