import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../content/sop';
import { LANGS, type Lang } from '../model/languages';
import { CONTACT_ANCHOR, formatContentDate, telephoneHref } from './contact';
import { parseSettings } from './settings';
import { translate } from './site-strings';
import { BUILDS, listPages, readPage } from '../../test/support/built-site';

const [rootBuild, subpathBuild] = BUILDS as [(typeof BUILDS)[0], (typeof BUILDS)[0]];
/** The settings of the sub-path build, which has a contact. */
const testSettings = parseSettings(readFileSync('test/fixtures/site-settings.json', 'utf8'), 'test/fixtures/site-settings.json');
const langOfPath = (site: (typeof BUILDS)[0], path: string): Lang => (path.startsWith(`${site.base}en/`) ? 'en' : 'id');

describe('the footer of every page', () => {
	it('gives the contact the settings give, once, in the page’s language (the sub-path build’s test settings)', () => {
		const contact = testSettings.contact;
		for (const path of listPages(subpathBuild)) {
			const lang = langOfPath(subpathBuild, path);
			const blocks = parse(readPage(subpathBuild, path)).querySelectorAll(`#${CONTACT_ANCHOR}`);
			expect(blocks, path).toHaveLength(1);
			const block = blocks[0]!;
			expect(block.closest('footer'), path).not.toBeNull();
			expect(block.querySelector('h2')!.text).toBe(translate(lang, 'contact.heading'));
			expect(block.text).toContain(translate(lang, 'contact.unit'));
			for (const line of contact.address!) expect(block.text).toContain(line);
			expect(block.querySelector(`a[href="${telephoneHref(contact.telephone!)}"]`)!.text).toBe(contact.telephone);
			expect(block.querySelector(`a[href="mailto:${contact.email}"]`)!.text).toBe(contact.email);
			expect(block.text).toContain(contact.officeHours![lang]);
			expect(block.querySelector(`a[href="${contact.webPage}"]`), path).not.toBeNull();
		}
	});

	it('has no contact block, and nothing links to one, when the settings give no contact (the root build)', () => {
		for (const path of listPages(rootBuild)) {
			const root = parse(readPage(rootBuild, path));
			expect(root.querySelector(`#${CONTACT_ANCHOR}`), path).toBeNull();
			expect(root.querySelectorAll(`a[href="#${CONTACT_ANCHOR}"]`), path).toHaveLength(0);
			expect(root.querySelector('footer')!.text, path).not.toContain(translate(langOfPath(rootBuild, path), 'contact.heading'));
		}
	});

	it.each(BUILDS)('gives the date the content last changed, as a <time>, in the page’s language ($base)', (site) => {
		const dates = new Set<string>();
		for (const path of listPages(site)) {
			const time = parse(readPage(site, path)).querySelector('footer .sk-content-date time')!;
			expect(time, path).not.toBeNull();
			const date = time.getAttribute('datetime')!;
			expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(time.text).toBe(formatContentDate(date, langOfPath(site, path)));
			dates.add(date);
		}
		expect(dates.size).toBe(1);
	});

	it('keeps Starlight’s previous and next links', () => {
		const page = parse(readPage(rootBuild, `/langkah/${sop.steps[1]!.id}/`));
		expect(page.querySelector('footer a[rel="prev"]')!.getAttribute('href')).toBe(`/langkah/${sop.steps[0]!.id}/`);
		expect(page.querySelector('footer a[rel="next"]')!.getAttribute('href')).toBe(`/langkah/${sop.steps[2]!.id}/`);
	});
});

describe('the notice on the 2015 SOP', () => {
	/** Pages of this site's reading features that quote or explain the SOP. */
	const readingPages = (lang: Lang) => {
		const prefix = lang === 'en' ? 'en/' : '';
		return ['', 'ringkasan/', 'istilah/', ...sop.steps.map((s) => `langkah/${s.id}/`), ...sop.phases.map((p) => `tahap/${p.id}/`)].map((path) => `/${prefix}${path}`);
	};

	it.each(LANGS)('is one line at the top of every page that quotes or explains the SOP, linking to the about page (%s)', (lang) => {
		for (const path of readingPages(lang)) {
			const content = parse(readPage(rootBuild, path)).querySelector('main .sl-markdown-content')!;
			const notices = content.querySelectorAll('.sk-notice');
			expect(notices, path).toHaveLength(1);
			const notice = notices[0]!;
			expect(notice.tagName, path).toBe('P');
			expect(content.firstElementChild, path).toBe(notice);
			expect(notice.querySelector('a')!.getAttribute('href')).toBe(lang === 'en' ? '/en/tentang/' : '/tentang/');
			expect(notice.text.length, path).toBeLessThan(120);
		}
	});
});
