import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPdf, type PdfReading } from './pdf-checks.fixture';
import { PDF_LIMITS, pdfDocuments, type PdfDocument } from './pdf-documents';
import { linkTargets } from './pdf-metadata';
import { PRINT_ORIGIN } from './print-settings';
import { translate } from './strings';
import { sop } from '../../content/sop';
import { getDocument, stepsForOffice } from '../../model/query';
import { contentDate } from '../../site/build-info';
import { formatBytes } from '../../site/downloads';
import { BUILDS, readPage, type BuiltSite } from '../../../test/support/built-site';

/** An A4 sheet in points, and how far Chromium's sheet (whole CSS pixels) may differ from it. */
const A4 = { short: 595.28, long: 841.89 };
const TOLERANCE = 1;

const documents = pdfDocuments(sop);
/** Text as the tests compare it: single spaces, no space after a hyphen where a line broke. */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');

/** The words each PDF must hold: every step's title, an office's own steps, the partners' documents. */
function expectedTexts(doc: PdfDocument): string[] {
	const { lang } = doc;
	switch (doc.kind) {
		case 'sopTable':
		case 'flow':
			return sop.steps.map((step) => step.title[lang]);
		case 'checklist':
			return stepsForOffice(sop, doc.officeId!).map(({ step }) => step.title[lang]);
		case 'partner':
			return sop.documents.filter((d) => d.origin === 'outside').map((d) => d.name[lang]);
	}
}

const readings = new Map<string, Promise<PdfReading>>();
const reading = (site: BuiltSite, doc: PdfDocument) => {
	const file = join(site.dir, doc.path);
	if (!readings.has(file)) readings.set(file, readPdf(readFileSync(file)));
	return readings.get(file)!;
};

describe.each(BUILDS)('the PDFs built at $base', (site) => {
	it.each(documents.map((doc) => [doc.path, doc] as const))('%s: pages, size, A4 in its orientation', async (_path, doc) => {
		const { pageSizes } = await reading(site, doc);
		const limits = PDF_LIMITS[doc.kind];
		expect(pageSizes.length).toBeGreaterThan(0);
		expect(pageSizes.length).toBeLessThanOrEqual(limits.maxPages);
		expect(statSync(join(site.dir, doc.path)).size).toBeLessThanOrEqual(limits.maxKilobytes * 1000);
		const [width, height] = doc.orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
		for (const size of pageSizes) {
			expect(Math.abs(size.width - width)).toBeLessThan(TOLERANCE);
			expect(Math.abs(size.height - height)).toBeLessThan(TOLERANCE);
		}
	});

	it.each(documents.map((doc) => [doc.path, doc] as const))('%s: its text, selectable, holds what it prints', async (_path, doc) => {
		const text = flat((await reading(site, doc)).text);
		for (const expected of expectedTexts(doc)) expect(text, doc.path).toContain(flat(expected));
	});

	it.each(documents.map((doc) => [doc.path, doc] as const))('%s: title, language and the date of the content', async (_path, doc) => {
		const { title, lang, creationDate, modDate } = await reading(site, doc);
		expect(title).toBe(doc.title);
		expect(lang).toBe(doc.lang);
		const date = contentDate ? `D:${contentDate.replaceAll('-', '')}000000Z` : undefined;
		expect(creationDate).toBe(date);
		expect(modDate).toBe(date);
	});

	it.each(documents.map((doc) => [doc.path, doc] as const))('%s: no link to where it was printed, none to the site without its address', async (_path, doc) => {
		// Both builds are made without SITE_URL: a link to one of the site's pages could lead nowhere, so none is left.
		// What stays: links to other sites, and the contact's telephone and e-mail (the sub-path build has test settings).
		const targets = await linkTargets(readFileSync(join(site.dir, doc.path)));
		expect(targets.filter((target) => target.startsWith(PRINT_ORIGIN) || !/^(https?:\/\/[^/]+\.[a-z]{2,}\/|mailto:|tel:)/.test(target))).toEqual([]);
	});

	it.each(documents.map((doc) => [doc.page, doc] as const))('%s offers its PDF with the size of the file', (_page, doc) => {
		const links = parse(readPage(site, `${site.base}${doc.page.slice(1)}`)).querySelectorAll('.sk-pdf-link a');
		expect(links).toHaveLength(1);
		const link = links[0]!;
		const bytes = statSync(join(site.dir, doc.path)).size;
		expect(link.getAttribute('href')).toBe(`${site.base}${doc.path.slice(1)}`);
		expect(link.querySelector('data')!.getAttribute('value')).toBe(String(bytes));
		expect(link.text).toBe(`${translate(doc.lang, 'pdf.download')} (${formatBytes(bytes, doc.lang)})`);
	});
});

describe('the PDF of the partners’ documents', () => {
	it.each(documents.filter((doc) => doc.kind === 'partner').map((doc) => [doc.path, doc] as const))('%s prints the partners’ table alone', async (_path, doc) => {
		const text = flat((await reading(BUILDS[0]!, doc)).text);
		// A document made within the city government is in the catalogue, not in the partners' table.
		expect(text).not.toContain(getDocument(sop, 'telaahan-staf').name[doc.lang]);
	});
});

describe('the data page', () => {
	it('lists every PDF in both languages', () => {
		for (const site of BUILDS)
			for (const lang of ['id', 'en'] as const) {
				const page = parse(readPage(site, `${site.base}${lang === 'id' ? '' : 'en/'}data/`));
				const hrefs = page.querySelectorAll('.sk-download-files a').map((a) => a.getAttribute('href'));
				for (const doc of documents) expect(hrefs).toContain(`${site.base}${doc.path.slice(1)}`);
			}
	});
});
