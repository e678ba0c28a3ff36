import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from './pdf-checks.fixture';
import type { PdfDocument } from './pdf-documents';
import { makePdfs, type PdfRequest } from './pdf-store';
import { ageCacheFiles } from '../../../test/support/cache-age';
import { pruneUnused } from '../../../tools/build-cache';

const folders: string[] = [];
const folder = (prefix: string) => {
	const made = mkdtempSync(join(tmpdir(), prefix));
	folders.push(made);
	return made;
};
afterAll(() => folders.forEach((made) => rmSync(made, { recursive: true, force: true })));

const BASE = '/sop/';
const STYLESHEET = '_astro/site.css';
/** A page as a build writes it: its stylesheet under the base, a part printed alone, a size the build fills in. */
const pageHtml = (size = '<data value="0" data-sk-size-of="/data/mitra.pdf"></data>') =>
	`<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Mitra</title><link rel="stylesheet" href="${BASE}${STYLESHEET}"></head>` +
	`<body><div class="sl-markdown-content"><section class="sk-partner"><h2>Dokumen mitra</h2><p>Usulan kerjasama</p></section>` +
	`<section><h2>Semua dokumen lain</h2></section><p><a href="${BASE}data/mitra.pdf">Unduh PDF (${size})</a></p></div></body></html>`;

/** A built site in a new folder: one page and its stylesheet. */
function builtSite(css = 'h2 { color: #222; }'): { dir: string; base: string } {
	const dir = folder('sk-pdf-site-');
	mkdirSync(join(dir, 'dokumen'), { recursive: true });
	mkdirSync(join(dir, '_astro'), { recursive: true });
	writeFileSync(join(dir, 'dokumen', 'index.html'), pageHtml());
	writeFileSync(join(dir, STYLESHEET), css);
	return { dir, base: BASE };
}

const doc: PdfDocument = { kind: 'partner', lang: 'id', page: '/dokumen/', path: '/data/mitra.pdf', orientation: 'landscape', title: 'Dokumen mitra | Situs', only: 'sk-partner' };
const request: PdfRequest = { doc, date: '2025-03-04', creator: 'Situs' };

// These tests print with the installed Chromium, as the build does.
describe('makePdfs', { timeout: 60_000 }, () => {
	const cache = folder('sk-pdf-cache-');

	it('prints a page once, then takes it from the cache without starting Chromium', async () => {
		const site = builtSite();
		const first = await makePdfs([request], site, cache);
		expect(first.stats).toMatchObject({ printed: 1, fromCache: 0, chromiumStarted: true });
		const pdf = readFileSync(join(site.dir, 'data/mitra.pdf'));
		expect(first.sizes.get('/data/mitra.pdf')).toBe(pdf.length);

		const second = await makePdfs([request], site, cache);
		expect(second.stats).toMatchObject({ printed: 0, fromCache: 1, chromiumStarted: false });
		expect(readFileSync(join(site.dir, 'data/mitra.pdf')).equals(pdf)).toBe(true);
	});

	it('marks the PDFs it takes from the cache as used, so that the build keeps them', async () => {
		const own = folder('sk-pdf-cache-');
		const site = builtSite();
		await makePdfs([request], site, own);
		ageCacheFiles(own);
		expect((await makePdfs([request], site, own)).stats.fromCache).toBe(1);
		expect(pruneUnused(own).files).toBe(0);
	});

	it('takes a page whose only change is the size written into it from the cache', async () => {
		const site = builtSite();
		await makePdfs([request], site, cache);
		writeFileSync(join(site.dir, 'dokumen', 'index.html'), pageHtml('<data value="12345" data-sk-size-of="/data/mitra.pdf">12,3 kB</data>'));
		expect((await makePdfs([request], site, cache)).stats.chromiumStarted).toBe(false);
	});

	it('prints again when a stylesheet the page loads changes, or the PDF’s settings do', async () => {
		const site = builtSite();
		await makePdfs([request], site, cache);
		writeFileSync(join(site.dir, STYLESHEET), 'h2 { color: #000; }');
		expect((await makePdfs([request], site, cache)).stats.printed).toBe(1);
		expect((await makePdfs([{ ...request, date: '2025-03-05' }], site, cache)).stats.printed).toBe(1);
	});

	it('gives the same bytes for the same page in a fresh cache', async () => {
		const [a, b] = [builtSite(), builtSite()];
		await makePdfs([request], a, cache);
		expect((await makePdfs([request], b, folder('sk-pdf-cache-'))).stats.chromiumStarted).toBe(true);
		expect(readFileSync(join(b.dir, 'data/mitra.pdf')).equals(readFileSync(join(a.dir, 'data/mitra.pdf')))).toBe(true);
	});

	it('writes a PDF with its title, language, the content’s date, selectable text of the part printed alone, on A4', async () => {
		const site = builtSite();
		await makePdfs([request], site, folder('sk-pdf-cache-'));
		const pdf = await readPdf(readFileSync(join(site.dir, 'data/mitra.pdf')));
		expect(pdf).toMatchObject({ title: 'Dokumen mitra | Situs', lang: 'id', creationDate: 'D:20250304000000Z', modDate: 'D:20250304000000Z' });
		expect(pdf.text).toContain('Dokumen mitra Usulan kerjasama');
		expect(pdf.text).not.toContain('Semua dokumen lain');
		expect(pdf.pageSizes).toEqual([{ width: expect.closeTo(841.89, 0) as number, height: expect.closeTo(595.28, 0) as number }]);
	});

	it('stops when the page lacks the part printed alone', async () => {
		await expect(makePdfs([{ ...request, doc: { ...doc, only: 'sk-tidak-ada' } }], builtSite(), cache)).rejects.toThrow('The PDF /data/mitra.pdf prints the part "sk-tidak-ada" of /dokumen/, which the page does not have');
	});

	it('stops with the page’s name when the build lacks the page', async () => {
		await expect(makePdfs([{ ...request, doc: { ...doc, page: '/tidak-ada/' } }], builtSite(), cache)).rejects.toThrow('The PDF /data/mitra.pdf is printed from /tidak-ada/, which the build does not contain');
	});
});
