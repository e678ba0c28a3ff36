import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BUILDS, readPage } from '../../../test/support/built-site';

describe.each(BUILDS)('the home page built at $base', (site) => {
	it.each([
		['id', '', /sejak 2015/i, '2018–2020'],
		['en', 'en/', /since 2015/i, '2018–2020'],
	] as const)('dates the newer regulations as they are, 2018–2020, not "since 2015" (%s)', (_lang, prefix, wrong, right) => {
		const main = parse(readPage(site, `${site.base}${prefix}`)).querySelector('main')!;
		expect(main.text).not.toMatch(wrong);
		expect(main.text).toContain(right);
	});

	it('says what the site is about before the notice’s link is out of sight: the notice comes first', () => {
		const content = parse(readPage(site, site.base)).querySelector('main .sl-markdown-content')!;
		expect(content.firstElementChild!.classList.contains('sk-notice')).toBe(true);
	});
});
