import { describe, expect, it } from 'vitest';
import { citationKey, quotesExactly, readSourceNotes } from './source-notes';

const NOTES = `# Notes

## Sources
- **PP 1/2020** is not a passage.

## The quotes
**UU 2/2019 Pasal 10 ayat (1) huruf a** (the council): "menyetujui
  rencana;" Its **Penjelasan**: "Yang dimaksud "rencana" adalah
rencana kerja."

**PP 1/2020 Pasal 5**: (1) "Kepala daerah menyampaikan rencana." (2) the plan contains "a. subjek;
dan b. objek." (3) "Persetujuan sebagaimana dimaksud pada ayat (2) diberikan." **Pasal 6**: Pasal 5
applies "secara mutatis mutandis".

**PP 1/2020 Pasal 9 ayat (4)**: "Gubernur membina." **Ayat (5)**: further rules, "termasuk pemantauan", follow "pengawasan".

## Per step
| Step | Status |
`;

describe('readSourceNotes', () => {
	const passages = readSourceNotes(NOTES);

	it('keys each passage by its citation, the regulation and article carried over from the heading before', () => {
		expect([...passages.keys()]).toEqual([
			'UU 2/2019 Pasal 10 ayat (1) huruf a',
			'UU 2/2019 Pasal 10 ayat (1) huruf a Penjelasan',
			'PP 1/2020 Pasal 5 ayat (1)',
			'PP 1/2020 Pasal 5 ayat (2)',
			'PP 1/2020 Pasal 5 ayat (3)',
			'PP 1/2020 Pasal 6',
			'PP 1/2020 Pasal 9 ayat (4)',
			'PP 1/2020 Pasal 9 ayat (5)',
		]);
	});

	it('reads wrapped lines as one space, and cuts a whole article at its ayat markers, not at references to an ayat', () => {
		expect(quotesExactly(passages.get('UU 2/2019 Pasal 10 ayat (1) huruf a'), 'menyetujui rencana;')).toBe(true);
		expect(quotesExactly(passages.get('PP 1/2020 Pasal 5 ayat (2)'), 'a. subjek; dan b. objek.')).toBe(true);
		expect(quotesExactly(passages.get('PP 1/2020 Pasal 5 ayat (3)'), 'Persetujuan sebagaimana dimaksud pada ayat (2) diberikan.')).toBe(true);
		expect(quotesExactly(passages.get('UU 2/2019 Pasal 10 ayat (1) huruf a Penjelasan'), 'Yang dimaksud "rencana" adalah rencana kerja.')).toBe(true);
		expect(quotesExactly(passages.get('PP 1/2020 Pasal 9 ayat (5)'), 'termasuk pemantauan')).toBe(true);
	});

	it('accepts only a whole quotation, under its own citation', () => {
		expect(quotesExactly(passages.get('PP 1/2020 Pasal 5 ayat (1)'), 'Kepala daerah menyampaikan rencana')).toBe(false);
		expect(quotesExactly(passages.get('PP 1/2020 Pasal 5 ayat (2)'), 'Kepala daerah menyampaikan rencana.')).toBe(false);
		expect(quotesExactly(passages.get('PP 1/2020 Pasal 5 ayat (1)'), 'Kepala Daerah menyampaikan rencana.')).toBe(false);
		expect(quotesExactly(undefined, 'anything')).toBe(false);
	});

	it('names a citation as the notes write it', () => {
		expect(citationKey({ regulation: 'PP 28/2018', article: '33', ayat: '3', elucidation: true })).toBe('PP 28/2018 Pasal 33 ayat (3) Penjelasan');
	});

	it('refuses notes without their quotes, or a heading it cannot place', () => {
		expect(() => readSourceNotes('# Nothing here')).toThrow(/no section "## The quotes"/);
		expect(() => readSourceNotes('## The quotes\n**Something else**: "x"')).toThrow(/"Something else"/);
	});
});
