import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { regulations } from '.';
import { sop } from '../sop';
import { citationKey, quotesExactly, readSourceNotes, unwrap } from '../../features/regulations/source-notes';
import { citationOf, getArticle, getRegulation, regulationNoteFor, stepsWithStatus } from '../../model/regulation-query';
import { orderedSteps } from '../../model/query';

/** The comparison's source notes: the verified quotes and what may be said per step (kept beside the repository). */
const notesFile = fileURLToPath(new URL('../../../../shared/context/regulations-since-2015.md', import.meta.url));
const stepNumber = (id: string) => sop.steps.find((step) => step.id === id)!.number;
const numbersWith = (status: Parameters<typeof stepsWithStatus>[1]) => stepsWithStatus(regulations, status).map(stepNumber);

describe('the comparison with later regulations', () => {
	it('gives every step of the SOP a status, in the SOP’s order', () => {
		expect(regulations.stepStatuses.map((entry) => entry.step)).toEqual(orderedSteps(sop).map((step) => step.id));
	});

	it('sets the statuses the notes’ table allows: still required at 12 and 14, not named where PP 28/2018 names neither the team nor the offices', () => {
		expect(numbersWith('still-required')).toEqual([12, 14]);
		expect(numbersWith('not-regulated')).toEqual([1, 2, 3, 5, 6, 7, 20, 21]);
		expect(numbersWith('not-named')).toEqual([4, 15, 16, 18]);
		expect(numbersWith('changed')).toEqual([8, 9, 10, 11, 13, 17, 19, 22, 23]);
	});

	it('quotes, per step, the articles the notes’ table names', () => {
		const cited = (id: string) => regulationNoteFor(regulations, id).articles.map((article) => citationOf(regulations, article, 'id'));
		expect(cited('persetujuan-dprd')).toEqual([
			'UU 23/2014 Pasal 154 ayat (1) huruf g',
			'Penjelasan UU 23/2014 Pasal 154 ayat (1) huruf g',
			'PP 28/2018 Pasal 30 ayat (1)',
			'PP 28/2018 Pasal 30 ayat (2)',
			'PP 28/2018 Pasal 30 ayat (4)',
			'PP 28/2018 Pasal 38',
		]);
		expect(cited('konsultasi-kemendagri')).toEqual(['PP 28/2018 Pasal 28 ayat (3)', 'PP 28/2018 Pasal 28 ayat (4)', 'PP 28/2018 Pasal 28 ayat (5)']);
		expect(cited('sampaikan-ke-mendagri')).toEqual(['PP 28/2018 Pasal 31 ayat (1)', 'PP 28/2018 Pasal 31 ayat (2)']);
		expect(cited('mohon-full-power')).toEqual([
			'PP 28/2018 Pasal 33 ayat (1)',
			'PP 28/2018 Pasal 33 ayat (2)',
			'PP 28/2018 Pasal 33 ayat (3)',
			'Penjelasan PP 28/2018 Pasal 33 ayat (3)',
		]);
		expect(cited('tanda-tangan-mou')).toEqual(['PP 28/2018 Pasal 33 ayat (4)']);
		expect(cited('monitoring-evaluasi')).toEqual(['UU 23/2014 Pasal 368 ayat (1)', 'PP 28/2018 Pasal 44 ayat (4)', 'PP 28/2018 Pasal 44 ayat (5)']);
		for (const id of stepsWithStatus(regulations, 'not-regulated')) expect(cited(id), id).toEqual([]);
	});

	it('gives the DPRD’s 45 working days from PP 28/2018 Pasal 30 ayat (4), with its English citation', () => {
		const article = getArticle(regulations, 'pp-28-2018-pasal-30-ayat-4');
		expect(article.quote[0]).toContain('paling lama 45 (empat puluh lima) hari kerja');
		expect(citationOf(regulations, article, 'id')).toBe('PP 28/2018 Pasal 30 ayat (4)');
		expect(citationOf(regulations, article, 'en')).toBe('Government Regulation 28/2018, Article 30(4)');
		expect(regulationNoteFor(regulations, 'persetujuan-dprd').findings.map((f) => f.text.id).join(' ')).toContain('45 hari kerja');
	});

	it('never says in a statement, a status or the caveat that something is no longer required', () => {
		const texts = [...regulations.findings.map((f) => f.text), ...regulations.statuses.map((s) => s.label), regulations.caveat];
		for (const text of texts) {
			expect(text.id).not.toMatch(/tidak lagi|sudah tidak|dihapus/i);
			expect(text.en).not.toMatch(/no longer|abolished|dropped/i);
		}
	});

	it('never quotes a regulation it could not read, and dates PP 28/2018 as the notes do', () => {
		for (const article of regulations.articles) expect(getRegulation(regulations, article.regulation).read, article.id).toBe(true);
		expect(getRegulation(regulations, 'pp-28-2018').dated).toEqual({ on: '2018-07-13', event: 'promulgated' });
		expect(getRegulation(regulations, 'permendagri-25-2020').read).toBe(false);
	});

	it('puts in the caveat that Permendagri 25/2020 could not be read, what it may add, and whom to ask', () => {
		expect(regulations.caveat.id).toMatch(/Permendagri 25\/2020.*tidak dapat dibaca.*langkah, alur, atau tenggat waktu.*Bagian Kerjasama Kota Bandung/);
		expect(regulations.caveat.en).toMatch(/Minister of Home Affairs Regulation 25\/2020.*could not be read.*steps, routing or deadlines.*Cooperation Division of the City Government of Bandung/);
	});

	describe.skipIf(!existsSync(notesFile))('held to the source notes', () => {
		const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';
		const passages = readSourceNotes(notes);

		it('finds the notes’ passages by citation', () => {
			expect(passages.get('PP 28/2018 Pasal 30 ayat (4)')).toContain('45 (empat puluh lima) hari kerja');
			expect(passages.get('PP 28/2018 Pasal 33 ayat (3) Penjelasan')).toContain('surat konfirmasi');
			expect(passages.get('PP 28/2018 Pasal 44 ayat (5)')).toContain('termasuk pemantauan');
			expect(passages.get('PP 28/2018 Pasal 38')).toContain('mutatis mutandis');
		});

		it('quotes every passage exactly as the notes do, under the citation the notes give it', () => {
			for (const article of regulations.articles) {
				const key = citationKey({ ...article, regulation: getRegulation(regulations, article.regulation).short.id });
				expect(passages.has(key), `${article.id}: the notes have no passage ${key}`).toBe(true);
				for (const words of article.quote) expect(quotesExactly(passages.get(key), words), `${article.id}: "${words}"`).toBe(true);
			}
		});

		it('names only regulations the notes name, by the same short name', () => {
			const text = unwrap(notes);
			for (const regulation of regulations.regulations) expect(text, regulation.id).toContain(regulation.short.id);
		});
	});
});
