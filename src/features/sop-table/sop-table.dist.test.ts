import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { LANGS, SOP_LANG, type Lang } from '../../model/languages';
import { buildSopTable } from './sop-table';
import { translate } from './strings';
import { getOffice, orderedSteps } from '../../model/query';
import { BUILDS, readPage } from '../../../test/support/built-site';

const { columns, rows } = buildSopTable(sop);
const textOf = (element: { text: string }) => element.text.replace(/\s+/g, ' ').trim();
/** A column's name as the table gives it: in the page's language, with the Indonesian format's name beside it on other pages. */
const columnName = (lang: Lang, key: Parameters<typeof translate>[1]) => (translate(lang, key) === translate(SOP_LANG, key) ? translate(lang, key) : `${translate(lang, key)} (${translate(SOP_LANG, key)})`);

describe.each(BUILDS)('the SOP table built at $base', (site) => {
	describe.each(LANGS)('in %s', (lang) => {
		const root = parse(readPage(site, `${site.base}${lang === 'en' ? 'en/' : ''}tabel-sop/`));
		const table = root.querySelector('table.sk-sop-table')!;
		const bodyRows = table.querySelectorAll('tbody tr');
		/** The offices in whose columns a row has a mark, with the mark's shape. */
		const marksOf = (tr: HTMLElement) =>
			tr.querySelectorAll('td.sk-actor-cell').flatMap((td, c) => td.querySelectorAll('.sk-mark').map((mark) => `${mark.classList.value.find((n) => n.startsWith('sk-mark--') && n !== 'sk-mark--implicit')!.slice(9)} ${columns[c]!.id}`));

		it('keeps the columns of the Indonesian SOP format: No, Kegiatan, one per Pelaksana, Mutu Baku (Kelengkapan, Waktu, Output), Keterangan', () => {
			expect(textOf(table.querySelector('caption')!)).toBe(translate(lang, 'table.caption'));
			const [groups, detail] = table.querySelectorAll('thead tr');
			expect(groups!.querySelectorAll('th').map(textOf)).toEqual((['table.no', 'table.activity', 'table.actors', 'table.standard', 'table.notes'] as const).map((key) => columnName(lang, key)));
			expect(detail!.querySelectorAll('th').map(textOf)).toEqual([...columns.map((office) => office.short[lang]), ...(['table.requires', 'table.time', 'table.output'] as const).map((key) => columnName(lang, key))]);
			expect(textOf(groups!)).toContain(lang === SOP_LANG ? 'Kegiatan' : '(Kegiatan)');
			// The headers are in the page's language; the format's Indonesian names on other pages are marked as Indonesian.
			for (const th of detail!.querySelectorAll('th')) expect(th.closest('[lang]')?.getAttribute('lang') ?? lang).toBe(lang);
			const marked = table.querySelectorAll('thead [lang]').map((el) => [el.getAttribute('lang'), textOf(el)]);
			expect(marked).toEqual(
				lang === SOP_LANG ? [] : (['table.activity', 'table.actors', 'table.standard', 'table.notes', 'table.requires', 'table.time'] as const).map((key) => [SOP_LANG, translate(SOP_LANG, key)]),
			);
		});

		it('has a row per step, numbered and quoting the SOP, marked in the column of its office, with Waktu left empty', () => {
			const stepRows = bodyRows.filter((tr) => !tr.classList.contains('sk-decision-row'));
			expect(stepRows.map((tr) => textOf(tr.querySelector('td.sk-no')!))).toEqual(orderedSteps(sop).map((step) => String(step.number)));
			stepRows.forEach((tr, i) => {
				const step = orderedSteps(sop)[i]!;
				expect(tr.id).toBe(step.id);
				expect(textOf(tr.querySelector('th[scope="row"] a')!)).toBe(step.title[lang]);
				expect(tr.querySelector('th[scope="row"] [lang="id"]')!.text.trim()).toBe(step.sopText);
				expect(marksOf(tr), `step ${step.number}`).toEqual([`${i === 0 || i === stepRows.length - 1 ? 'terminal' : 'activity'} ${step.responsible}`]);
				expect(tr.querySelector('.sk-mark .sr-only')!.text).toContain(getOffice(sop, step.responsible).short[lang]);
			});
			for (const tr of bodyRows) expect(textOf(tr.querySelectorAll('td')[1 + columns.length + 1]!)).toBe('');
		});

		it('puts each decision in the column of the office that decides it, and in no other, before the step it gates or after the one it follows', () => {
			const decided = orderedSteps(sop).filter((step) => step.decision);
			expect(decided.map((step) => step.number)).toEqual([12, 15, 16]);
			for (const step of decided) {
				const decision = step.decision!;
				const stepIndex = bodyRows.findIndex((tr) => tr.id === step.id);
				const tr = bodyRows[decision.timing === 'before' ? stepIndex - 1 : stepIndex + 1]!;
				expect(tr.classList.contains('sk-decision-row'), `step ${step.number}`).toBe(true);
				expect(textOf(tr.querySelector('th[scope="row"]')!)).toContain(decision.question[lang]);
				expect(textOf(tr.querySelector('td.sk-no')!)).toBe('');
				expect(marksOf(tr), `step ${step.number}`).toEqual(decision.decidedBy.map((id) => `decision ${id}`));
				// What follows "no" the SOP never says: the row says so.
				expect(textOf(tr)).toContain(translate(lang, 'table.note.no').slice(0, 20));
			}
			// The decision at 12 is the City Council's and the one at 16 the foreign partner's: both have a column.
			expect(columns.map((office) => office.id)).toEqual(expect.arrayContaining(['dprd', 'pihak-luar-negeri']));
			expect(bodyRows.filter((tr) => tr.classList.contains('sk-decision-row'))).toHaveLength(decided.length);
			expect(bodyRows).toHaveLength(rows.length);
		});

		it('says, in the page, that the table scrolls sideways and which columns stay in view', () => {
			const hint = root.querySelector('.sk-sop-table-wrap .sk-scroll-hint')!;
			expect(textOf(hint)).toBe(translate(lang, 'table.scrollHint'));
		});
	});
});
