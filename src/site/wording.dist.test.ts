import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../content/sop';
import { BUILDS, readPage } from '../../test/support/built-site';

const site = BUILDS[0]!;
/** The pages of the reading features (steps, phases, home, summary, glossary, about, 404), in a language. */
const readingPages = (prefix: string) => ['', 'ringkasan/', 'istilah/', 'tentang/', ...sop.steps.map((s) => `langkah/${s.id}/`), ...sop.phases.map((p) => `tahap/${p.id}/`)].map((path) => `/${prefix}${path}`);

/**
 * The text of a page's main content, without the SOP's own words (its quoted sentences, the forms the glossary quotes)
 * and without the flow diagram that phase pages show, whose words are the diagram feature's.
 */
function siteText(path: string): string {
	const main = parse(readPage(site, path)).querySelector('main')!;
	main.querySelectorAll('blockquote, .sk-aliases, .sk-flow').forEach((el: HTMLElement) => el.remove());
	return main.text.replace(/\s+/g, ' ');
}

describe('the Indonesian of the reading pages, as a civil servant writes it', () => {
	const pages = [...readingPages(''), '/404.html'];
	it.each([
		['"kantor", a calque of "office"', /\bkantor\b/i],
		['"browser" (peramban)', /\bbrowser\b/i],
		['"Walikota" outside the SOP’s own words (the site writes "Wali Kota")', /Walikota/],
		['„low quotation marks“', /„/],
		['"mohon arahan" without "untuk memohon"', /untuk mohon\b/],
		['an unfinished "Bila tidak: SOP tidak menyebut."', /SOP tidak menyebut\.\s/],
		['"Jika" (the site writes "Bila")', /\bJika\b/],
		['"Pemda" labelled as other or partner regional governments', /daerah lain|daerah mitra/i],
	])('has no %s', (_what, pattern) => {
		for (const path of pages) expect(siteText(path), path).not.toMatch(pattern);
	});
});

describe('the English of the reading pages', () => {
	it.each([
		['"City of Bandung" (the site writes "City Government of Bandung")', /City of Bandung/],
		['"other" or "partner" regional governments (the SOP says Pemda, a regional government)', /(other|partner) regional government/i],
		['"steps a proposal passes" without "through"', /passes,|passes from/],
	])('has no %s', (_what, pattern) => {
		for (const path of readingPages('en/')) expect(siteText(path), path).not.toMatch(pattern);
	});
});
