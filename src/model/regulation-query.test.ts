import { describe, expect, it } from 'vitest';
import { citationOf, getArticle, quotedRegulations, quotePartsOf, regulationNoteFor, renderingOf, statusOfStep, stepsWithStatus, unreadRegulations } from './regulation-query';
import { loadRegulations } from './regulation-validate';
import { loadSop } from './validate';
import { TINY_SOURCES, tinySop } from '../../test/fixtures/tiny-sop';
import { TINY_REGULATION_SOURCES, tinyRegulations } from './tiny-regulations.fixture';

const regulations = loadRegulations(tinyRegulations(), TINY_REGULATION_SOURCES, loadSop(tinySop(), TINY_SOURCES));

describe('the regulation queries', () => {
	it('give a step’s status, statements, quotes and the caveat in one note', () => {
		const note = regulationNoteFor(regulations, 'setujui');
		expect(note.status.id).toBe('still-required');
		expect(note.findings.map((f) => f.id)).toEqual(['dewan']);
		expect(note.articles.map((a) => a.id)).toEqual(['pp-1-2020-pasal-5-ayat-2']);
		expect(note.caveat).toBe(regulations.caveat);
		expect(regulationNoteFor(regulations, 'terima').articles).toEqual([]);
		expect(() => regulationNoteFor(regulations, 'entah')).toThrow(/No step status "entah"/);
	});

	it('list the steps of a status in the SOP’s order', () => {
		expect(stepsWithStatus(regulations, 'not-named')).toEqual(['tulis']);
		expect(statusOfStep(regulations, 'lapor')).toBe('changed');
	});

	it('cite a passage in each language', () => {
		const article = getArticle(regulations, 'pp-1-2020-pasal-5-ayat-2');
		expect(citationOf(regulations, article, 'id')).toBe('PP 1/2020 Pasal 5 ayat (2)');
		expect(citationOf(regulations, article, 'en')).toBe('Government Regulation 1/2020, Article 5(2)');
		const whole = getArticle(regulations, 'pp-1-2020-pasal-9');
		expect(citationOf(regulations, whole, 'en')).toBe('Government Regulation 1/2020, Article 9');
		const elucidation = { ...article, huruf: 'b', elucidation: true };
		expect(citationOf(regulations, elucidation, 'id')).toBe('Penjelasan PP 1/2020 Pasal 5 ayat (2) huruf b');
		expect(citationOf(regulations, elucidation, 'en')).toBe('Elucidation of Government Regulation 1/2020, Article 5(2)(b)');
	});

	it('place quoted fragments in their frame in the page’s language, and give a rendering except in Indonesian', () => {
		const framed = getArticle(regulations, 'pp-1-2020-pasal-9');
		expect(quotePartsOf(framed, 'en')).toEqual([
			{ quoted: false, text: 'Reports go ' },
			{ quoted: true, text: 'kepada Menteri' },
			{ quoted: false, text: ', ' },
			{ quoted: true, text: 'setiap tahun' },
			{ quoted: false, text: '.' },
		]);
		expect(quotePartsOf(getArticle(regulations, 'pp-1-2020-pasal-5-ayat-2'), 'id')).toEqual([{ quoted: true, text: 'Dewan memberi persetujuan.' }]);
		expect(renderingOf(framed, 'en')).toBe('Reports go to the Minister, every year.');
		expect(renderingOf(framed, 'id')).toBeUndefined();
	});

	it('tell the regulations quoted from those only named', () => {
		expect(quotedRegulations(regulations).map((r) => r.id)).toEqual(['pp-1-2020']);
		expect(unreadRegulations(regulations).map((r) => r.id)).toEqual(['permen-2-2021']);
	});
});
