import { describe, expect, it } from 'vitest';
import { isNeedlessHeadEntry } from './head';

describe('isNeedlessHeadEntry', () => {
	it('drops the generator tags and the Twitter card type', () => {
		expect(isNeedlessHeadEntry({ tag: 'meta', attrs: { name: 'generator', content: 'Astro' } })).toBe(true);
		expect(isNeedlessHeadEntry({ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } })).toBe(true);
	});
	it('keeps the description, link previews, the viewport and everything else', () => {
		expect(isNeedlessHeadEntry({ tag: 'meta', attrs: { name: 'description', content: 'x' } })).toBe(false);
		expect(isNeedlessHeadEntry({ tag: 'meta', attrs: { property: 'og:title', content: 'x' } })).toBe(false);
		expect(isNeedlessHeadEntry({ tag: 'link', attrs: { rel: 'icon' } })).toBe(false);
	});
});
