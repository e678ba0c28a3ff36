import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { lintBpmn, readBpmn } from './bpmn-checks.fixture';
import { translate } from './strings';
import { sop, SOP_SOURCES } from '../../content/sop';
import { LANGS, MAIN_LANG, type Lang } from '../../model/languages';
import { loadSop } from '../../model/validate';
import { BUILDS, readPage, type BuiltSite } from '../../../test/support/built-site';

/** The files a build publishes for download: everything under `data/` but the pages, and the flow's Mermaid source. */
function publishedFiles(site: BuiltSite): string[] {
	const files: string[] = [];
	for (const lang of LANGS) {
		const prefix = lang === MAIN_LANG ? '' : `${lang}/`;
		const dir = join(site.dir, prefix, 'data');
		if (existsSync(dir)) files.push(...readdirSync(dir).filter((name) => !/\.(html|gz|br)$/.test(name)).map((name) => `${prefix}data/${name}`));
		files.push(`${prefix}alur.mmd`);
	}
	return files.sort();
}

const dataPage = (site: BuiltSite, lang: Lang) => parse(readPage(site, `${site.base}${lang === MAIN_LANG ? '' : `${lang}/`}data/`));
const read = (site: BuiltSite, file: string) => readFileSync(join(site.dir, file), 'utf8');

describe.each(BUILDS)('the open data built at $base', (site) => {
	it('publishes the JSON, its schema, the CSV, a BPMN file per language and the Mermaid source', () => {
		expect(publishedFiles(site)).toEqual(['alur.mmd', 'data/dokumen.csv', 'data/sop.bpmn', 'data/sop.json', 'data/sop.schema.json', 'en/alur.mmd', 'en/data/sop.bpmn']);
	});

	it.each(LANGS)('lists every published file on the data page (%s), with its size as built', (lang) => {
		const links = dataPage(site, lang)
			.querySelectorAll('.sk-download-files li')
			.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, bytes: Number(item.querySelector('data')!.getAttribute('value')) }));
		expect(links.map((link) => link.href).sort()).toEqual(publishedFiles(site).map((file) => `${site.base}${file}`));
		for (const link of links) expect(link.bytes, link.href).toBe(statSync(join(site.dir, link.href.slice(site.base.length))).size);
	});

	it.each(LANGS)('gives examples that use the file they are next to (%s)', (lang) => {
		for (const id of ['sop-json', 'dokumen-csv']) {
			const entry = dataPage(site, lang).querySelector(`[aria-labelledby="unduhan-${id}"]`)!;
			expect(entry.querySelector('pre')!.text).toContain(entry.querySelector('.sk-download-files a')!.getAttribute('href'));
		}
	});

	it('publishes a sop.json that validates against the published sop.schema.json and loads as the site’s model', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats.default(ajv);
		const validate = ajv.compile(JSON.parse(read(site, 'data/sop.schema.json')));
		const data = JSON.parse(read(site, 'data/sop.json'));
		expect(validate(data) ? [] : validate.errors).toEqual([]);
		expect(loadSop(data.sop, SOP_SOURCES)).toEqual(sop);
	});

	it('publishes a dokumen.csv that reads back with one row per document', () => {
		const rows: Record<string, string>[] = parseCsv(read(site, 'data/dokumen.csv'), { bom: true, columns: true });
		expect(rows.map((row) => [row.id, row.name_id, row.name_en])).toEqual(sop.documents.map((doc) => [doc.id, doc.name.id, doc.name.en]));
	});

	it.each(LANGS)('publishes a sop.bpmn (%s) that parses without warnings and passes bpmnlint', async (lang) => {
		const { definitions, warnings } = await readBpmn(read(site, `${lang === MAIN_LANG ? '' : `${lang}/`}data/sop.bpmn`));
		expect(warnings).toEqual([]);
		expect(await lintBpmn(definitions)).toEqual([]);
	});
});

describe('the licence note of the data page', () => {
	it.each(LANGS)('says, when the settings give no licence, that the city has published none, and invents none (%s)', (lang) => {
		const main = dataPage(BUILDS[0]!, lang).querySelector('main')!;
		expect(main.text).toContain(translate(lang, 'data.licence.none'));
		expect(main.text).toContain(translate(lang, 'data.licence.public'));
	});

	it.each(LANGS)('shows the licence the settings give, instead (%s)', (lang) => {
		const settings = JSON.parse(readFileSync('test/fixtures/site-settings.json', 'utf8'));
		const main = dataPage(BUILDS[1]!, lang).querySelector('main')!;
		expect(main.querySelector('.sk-licence')!.text.trim()).toBe(settings.licence[lang]);
		expect(main.text).not.toContain(translate(lang, 'data.licence.none'));
	});
});
