import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { buildSopTable } from './sop-table';
import { translate } from './strings';
import { getOffice } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

const { columns, rows } = buildSopTable(sop);

describe.each(BUILDS)('the SOP table built at $base', (site) => {
	it.each(['id', 'en'] as const)('has the columns of the SOP format, a row per step headed by its title, and a mark per step that names its shape and actor (%s)', (lang) => {
		const table = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}tabel-sop/`)).querySelector('table.sk-sop-table')!;
		expect(table.querySelector('caption')!.text.trim()).toBe(translate(lang, 'table.caption'));
		const [groups, detail] = table.querySelectorAll('thead tr');
		expect(groups!.querySelectorAll('th').map((th) => th.text.trim())).toEqual(
			(['table.no', 'table.activity', 'table.actors', 'table.standard', 'table.notes'] as const).map((key) => translate(lang, key)),
		);
		expect(detail!.querySelectorAll('th').map((th) => th.text.trim())).toEqual([
			...columns.map((office) => office.short[lang]),
			...(['table.requires', 'table.time', 'table.output'] as const).map((key) => translate(lang, key)),
		]);
		const rowHeaders = table.querySelectorAll('tbody tr').map((tr) => tr.querySelector('th[scope="row"] a')?.text.trim());
		expect(rowHeaders).toEqual(rows.map((row) => row.step.title[lang]));
		const marks = table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('.sk-mark').map((mark) => mark.text.trim()));
		expect(marks).toEqual(
			rows.map((row) => [translate(lang, 'table.mark', { shape: translate(lang, `table.shape.${row.shape}`), office: getOffice(sop, row.actor).short[lang] })]),
		);
	});
});
