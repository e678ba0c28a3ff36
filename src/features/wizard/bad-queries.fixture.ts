import type { QueryProblem } from './query-string';

/**
 * Query strings the wizard must refuse on the real model, each with the problem it should report:
 * unknown slugs, garbage, overlong values, repeated keys, HTML and script.
 */
export const BAD_QUERIES: [query: string, problem: QueryProblem][] = [
	// Steps the SOP does not have, or written the wrong way.
	['?langkah=tidak-ada', 'unknown-step'],
	['?langkah=langkah-24', 'unknown-step'],
	['?langkah=Terima-Usulan', 'unknown-step'],
	['?langkah=terima-usulan/', 'unknown-step'],
	['?langkah=%20terima-usulan', 'unknown-step'],
	['?langkah=terima-usulan%00', 'unknown-step'],
	['?langkah=1', 'unknown-step'],
	['?langkah=23', 'unknown-step'],
	['?langkah=-1', 'unknown-step'],
	['?langkah=terima_usulan', 'unknown-step'],
	['?langkah=terima+usulan', 'unknown-step'],
	['?langkah=..%2F..%2Fetc%2Fpasswd', 'unknown-step'],
	['?langkah=__proto__', 'unknown-step'],
	['?langkah=constructor', 'unknown-step'],
	['?langkah=toString', 'unknown-step'],
	['?langkah=terima-usulan,buat-disposisi-kasubag', 'unknown-step'],
	['?langkah=telaahan-staf', 'unknown-step'],
	['?langkah=%F0%9F%92%A9', 'unknown-step'],
	// HTML and script.
	['?langkah=<script>alert(1)</script>', 'unknown-step'],
	['?langkah=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'unknown-step'],
	['?langkah=%22%3E%3Csvg%20onload%3Dalert(1)%3E', 'unknown-step'],
	['?langkah=javascript:alert(1)', 'unknown-step'],
	['?dokumen=<b>telaahan-staf</b>', 'unknown-document'],
	['?%3Cscript%3Ealert(1)%3C%2Fscript%3E=1', 'unknown-key'],
	// Broken percent-encoding.
	['?langkah=%', 'malformed'],
	['?langkah=%E0%A4%A', 'malformed'],
	['?langkah=%zz', 'malformed'],
	['?%=terima-usulan', 'malformed'],
	// Repeated keys.
	['?langkah=terima-usulan&langkah=terima-usulan', 'repeated-key'],
	['?langkah=terima-usulan&langkah=arahan-kabag', 'repeated-key'],
	['?dokumen=telaahan-staf&dokumen=disposisi-kasubag', 'repeated-key'],
	['?langkah=arahan-kabag&ubah=1&ubah=1', 'repeated-key'],
	// Questions the wizard does not ask, and garbage.
	['?foo=bar', 'unknown-key'],
	['?step=terima-usulan', 'unknown-key'],
	['?LANGKAH=terima-usulan', 'unknown-key'],
	['?&', 'unknown-key'],
	['?=', 'unknown-key'],
	['??langkah=terima-usulan', 'unknown-key'],
	['?langkah=terima-usulan&', 'unknown-key'],
	['?garbage', 'unknown-key'],
	['?%F0%9F%92%A9=1', 'unknown-key'],
	['?langkah', 'empty-value'],
	['?langkah=', 'empty-value'],
	['?dokumen=', 'empty-value'],
	// Too long.
	[`?langkah=${'a'.repeat(81)}`, 'too-long'],
	[`?langkah=${'a-'.repeat(1000)}a`, 'too-long'],
	[`?${'x'.repeat(5000)}`, 'too-long'],
	[`?dokumen=${Array.from({ length: 30 }, () => 'telaahan-staf').join(',')}`, 'too-long'],
	[`?dokumen=${'a'.repeat(100)}`, 'too-long'],
	// Two answers at once, and a bad "change" flag.
	['?langkah=terima-usulan&dokumen=telaahan-staf', 'conflict'],
	['?ubah=1', 'malformed'],
	['?langkah=terima-usulan&ubah=2', 'malformed'],
	['?langkah=terima-usulan&ubah=', 'malformed'],
	['?langkah=terima-usulan&ubah=true', 'malformed'],
	// Documents the wizard does not offer, or named twice.
	['?dokumen=tidak-ada', 'unknown-document'],
	['?dokumen=usulan-kerjasama', 'unknown-document'],
	['?dokumen=terima-usulan', 'unknown-document'],
	['?dokumen=telaahan-staf,telaahan-staf', 'repeated-document'],
	['?dokumen=telaahan-staf,', 'unknown-document'],
	['?dokumen=,telaahan-staf', 'unknown-document'],
	['?dokumen=telaahan-staf;disposisi-kasubag', 'unknown-document'],
];
