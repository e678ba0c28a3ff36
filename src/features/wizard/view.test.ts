import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { LANGS, type Lang } from '../../model/languages';
import { orderedSteps } from '../../model/query';
import { answerContext } from './context';
import { readDocuments } from './documents';
import { DECISION_ANSWERS, pendingDecision, resolvePosition, type Position } from './flow';
import type { WizardSop } from './model';
import { stepPathRows, viewAnswer, viewDocumentsAnswer, viewProposer, type AnswerContext, type StepNotes } from './view';
import { renderHtml, textOf, type VElement, type VNode } from './vnode';
import { wizardSop } from './wizard-sop.fixture';

const fixture = wizardSop();
const ctxOf = (lang: Lang, linkContact = false, notes: StepNotes = { byStep: {} }) => answerContext(lang, { linkContact, notes });
const answerOf = (sop: WizardSop, done: string | undefined, answer?: (typeof DECISION_ANSWERS)[number], ctx = ctxOf('id')) => {
	const position = resolvePosition(sop, done, answer) as Exclude<Position, { kind: 'ask' }>;
	return viewAnswer(sop, position, stepPathRows(position, answer, ctx), ctx);
};
/** The elements of a tree matching a test, in document order. */
function find(node: VNode, test: (el: VElement) => boolean): VElement[] {
	if (typeof node === 'string') return [];
	return [...(test(node) ? [node] : []), ...node.children.flatMap((child) => find(child, test))];
}
const byClass = (node: VNode, name: string) => find(node, (el) => (el.attrs.class ?? '').split(' ').includes(name));
const section = (node: VNode, id: string) => find(node, (el) => el.attrs['aria-labelledby'] === `${id}-heading`)[0];
const lead = (node: VNode) => byClass(node, 'sk-lead').map(textOf);
const links = (node: VNode | undefined) => (node ? find(node, (el) => el.tag === 'a').map((a) => [textOf(a), a.attrs.href]) : []);

describe('the answer on the fixture', () => {
	it('leads with where the file is, what happens next and who does it', () => {
		expect(lead(answerOf(fixture, 'rapat'))).toEqual(['Berkas sekarang berada di kepala.', 'Berikutnya: Langkah 3: Langkah tulis, oleh kepala.']);
		expect(lead(answerOf(fixture, undefined))).toEqual(['Usulan diajukan kepada staf.', 'Berikutnya: Langkah 1: Langkah terima, oleh staf.']);
		expect(lead(answerOf(fixture, 'akhir'))).toEqual(['Usulan sudah melewati ke-8 langkah SOP.']);
	});

	it('links the step and the offices of the first sentences', () => {
		const panel = byClass(answerOf(fixture, 'rapat'), 'sk-panel')[0]!;
		expect(links(panel)).toEqual([
			['kepala', '/peran/kepala/'],
			['Langkah 3: Langkah tulis', '/langkah/tulis/'],
			['kepala', '/peran/kepala/'],
		]);
	});

	it('names who prepares each document (its issuer), the step that made it and when it is needed only sometimes', () => {
		const next = section(answerOf(fixture, 'teruskan'), 'sk-next')!;
		const items = byClass(next, 'sk-documents')[0]!.children.map(textOf);
		expect(items[0]).toBe('Dokumen balasandisiapkan oleh menteri; hasil Langkah 5: Langkah teruskan');
		expect(items[1]).toBe('Dokumen kuasadisiapkan oleh kepala; diperlukan bila dinas menandatangani');
		expect(textOf(next)).not.toContain('undefined');
	});

	it('lists every office taking part, and a route in its order', () => {
		const next = section(answerOf(fixture, 'rapat'), 'sk-next')!;
		expect(links(byClass(next, 'sk-route')[0]).map(([text]) => text)).toEqual(['staf', 'kepala', 'staf']);
		expect(textOf(next)).toContain('Yang ikut sertastaf');
	});

	it('waits for a decision with the office that decides it, then says what follows on "yes"', () => {
		expect(lead(answerOf(fixture, 'ajukan', 'belum'))).toEqual([
			'Berkas sekarang berada di dewan, menunggu keputusan: “Setuju?”',
			'Bila jawabannya ya, berikutnya: Langkah 5: Langkah teruskan, oleh menteri.',
		]);
		const unsure = answerOf(fixture, 'ajukan', 'tidak-tahu');
		expect(lead(unsure)[0]).toBe('Anda belum tahu jawaban atas pertanyaan ini: “Setuju?” Selama belum diputuskan, berkas berada di dewan.');
		expect(links(byClass(unsure, 'sk-decided')[0])).toEqual([
			['Ya, setuju', '/posisi/ajukan/ya/'],
			['Tidak', '/posisi/ajukan/tidak/'],
		]);
	});

	it('says the SOP is silent on "no" and points to the Sub Bagian, without a next step', () => {
		const silent = answerOf(fixture, 'ajukan', 'tidak');
		expect(lead(silent)).toEqual(['SOP 2015 tidak mengatur apa yang terjadi bila jawabannya tidak: “Setuju?”']);
		expect(textOf(silent)).toContain('Tanyakan kelanjutannya kepada Sub Bagian Kerjasama Luar Negeri.');
		expect(section(silent, 'sk-next')).toBeUndefined();
	});

	it('lists the reader’s answers, each with a link that changes it', () => {
		const rows = section(answerOf(fixture, 'ajukan', 'belum'), 'sk-answers')!;
		expect(links(rows)).toEqual([
			['Ubah Langkah terakhir yang sudah selesai', '/posisi/tahap/tengah/#pilih-ajukan'],
			['Ubah Setuju?', '/posisi/ajukan/#pilih-belum'],
		]);
	});

	it('shows the cycle of recurring steps once it is near', () => {
		expect(links(section(answerOf(fixture, 'teruskan'), 'sk-cycle')).map(([text]) => text)).toEqual(['Langkah 6: Langkah laksana', 'Langkah 7: Langkah pantau']);
		expect(textOf(section(answerOf(fixture, 'teruskan'), 'sk-cycle')!)).toContain('Langkah-langkah ini tidak selesai sekali jalan. Berulang:');
		expect(section(answerOf(fixture, 'terima'), 'sk-cycle')).toBeUndefined();
	});

	it('shows a note supplied for a step with the step it belongs with: the next one, or the one whose decision is awaited', () => {
		const ctx = ctxOf('en', false, { byStep: { ajukan: { text: 'Ada batas waktu.', lang: 'id' } }, link: { anchor: 'lagi', text: 'More on step {number}' } });
		const notes = (node: VElement) => byClass(node, 'sk-step-note').map((note) => [note.attrs['data-sk-note'], textOf(note)]);
		expect(notes(answerOf(fixture, 'tulis', undefined, ctx))).toEqual([['ajukan', 'Ada batas waktu. More on step 4']]);
		expect(links(byClass(answerOf(fixture, 'tulis', undefined, ctx), 'sk-step-note')[0])).toEqual([['More on step 4', '/en/langkah/ajukan/#lagi']]);
		expect(notes(answerOf(fixture, 'ajukan', 'belum', ctx))).toEqual([['ajukan', 'Ada batas waktu. More on step 4']]);
		expect(notes(answerOf(fixture, 'ajukan', 'ya', ctx))).toEqual([]);
		expect(find(answerOf(fixture, 'tulis', undefined, ctx), (el) => el.attrs.lang === 'id').map(textOf)).toEqual(['Ada batas waktu.']);
	});

	it('puts a note’s title before its text and its caveat after it, the caveat’s mention of the Sub Bagian linked when a contact is set', () => {
		const notes = { byStep: { ajukan: { title: 'Since 2015:', text: 'A deadline.' } }, caveat: 'Confirm with the Foreign Cooperation Sub-Division.' };
		const shown = (ctx: AnswerContext) => byClass(answerOf(fixture, 'tulis', undefined, ctx), 'sk-step-note')[0]!;
		const withContact = shown(ctxOf('en', true, notes));
		expect(find(withContact, (el) => el.tag === 'p').map(textOf)).toEqual(['Since 2015: A deadline.', 'Confirm with the Foreign Cooperation Sub-Division.']);
		expect(find(withContact, (el) => el.tag === 'strong').map(textOf)).toEqual(['Since 2015:']);
		expect(links(byClass(withContact, 'sk-step-note-caveat')[0])).toEqual([['Foreign Cooperation Sub-Division', '#kontak']]);
		expect(links(shown(ctxOf('en', false, notes)))).toEqual([]);
	});

	it('links the mention of the Sub Bagian to the contact block only when a contact is set', () => {
		const contactLinks = (ctx: AnswerContext) => links(answerOf(fixture, 'ajukan', 'tidak', ctx)).filter(([, href]) => href === '#kontak');
		expect(contactLinks(ctxOf('id', true))).toEqual([
			['Sub Bagian Kerjasama Luar Negeri', '#kontak'],
			['Sub Bagian Kerjasama Luar Negeri', '#kontak'],
		]);
		expect(contactLinks(ctxOf('id', false))).toEqual([]);
		expect(contactLinks(ctxOf('en', true)).map(([text]) => text)).toEqual(['Foreign Cooperation Sub-Division', 'Foreign Cooperation Sub-Division']);
	});

	it('writes every text escaped', () => {
		const sop = wizardSop();
		sop.steps[2]!.title.id = '<img src=x onerror=alert(1)>';
		const html = renderHtml(answerOf(sop, 'rapat'));
		expect(html).not.toContain('<img');
		expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
	});
});

describe('the answer on the real SOP', () => {
	const step = (number: number) => orderedSteps(realSop)[number - 1]!;
	const answerAfter = (number: number, answer?: (typeof DECISION_ANSWERS)[number], lang: Lang = 'id') => answerOf(realSop, step(number).id, answer, ctxOf(lang));

	it('lists the whole route of step 7, in order, and every office taking part in it', () => {
		const next = section(answerAfter(6), 'sk-next')!;
		expect(links(byClass(next, 'sk-route')[0]).map(([, href]) => href)).toEqual(step(7).routing!.via.map((id) => `/peran/${id}/`));
		expect(textOf(next)).toContain('Yang ikut sertaAsisten Pemerintahan, Sekda, Wakil Wali Kota, Wali Kota, Kasubag KLN');
	});

	it('names the TKKSD team among those taking part in step 11', () => {
		expect(textOf(section(answerAfter(10), 'sk-next')!)).toContain('Yang ikut sertaTim TKKSD');
		expect(lead(answerAfter(10))).toEqual(['Berkas sekarang berada di Wali Kota.', `Berikutnya: Langkah 11: ${step(11).title.id}, oleh Kasubag KLN.`]);
	});

	it('waits at the City Council for its approval after step 12', () => {
		expect(lead(answerAfter(12, 'belum'))[0]).toBe('Berkas sekarang berada di DPRD, menunggu keputusan: “Apakah DPRD memberikan persetujuan?”');
		expect(lead(answerAfter(12, 'ya'))).toEqual(['Berkas sekarang berada di Wali Kota.', `Berikutnya: Langkah 13: ${step(13).title.id}, oleh Wali Kota.`]);
	});

	it('says who prepares the proposal: the partner or the regional government, not the staff who receive it', () => {
		const next = section(answerOf(realSop, undefined, undefined, ctxOf('en')), 'sk-next')!;
		expect(textOf(byClass(next, 'sk-documents')[0]!)).toBe('Cooperation proposalprepared by: Foreign partner, Regional government');
	});

	it('names every office in English on English answers, by its English short name', () => {
		const offices = new Map(realSop.offices.map((o) => [`/en/peran/${o.id}/`, o]));
		for (const s of orderedSteps(realSop)) {
			for (const answer of pendingDecision(realSop, s) ? DECISION_ANSWERS : [undefined]) {
				for (const [text, href] of links(answerAfter(s.number, answer, 'en'))) {
					const office = offices.get(href!);
					if (office) expect(text, `${s.id} ${answer}: ${href}`).toBe(office.short.en);
				}
			}
		}
	});

	it('answers a partial step from documents as under way, not finished', () => {
		const ctx = ctxOf('id');
		const reading = readDocuments(realSop, ['arahan-kabag', 'surat-undangan-rapat']);
		if (reading.kind === 'none') throw new Error('no reading');
		const answer = viewDocumentsAnswer(realSop, reading, [], { ...ctx, held: new Set(['arahan-kabag', 'surat-undangan-rapat']) });
		expect(lead(answer)[1]).toBe(`Sedang berjalan, belum selesai: Langkah 5: ${step(5).title.id}, oleh Kasubag KLN.`);
		expect(textOf(byClass(answer, 'sk-partial')[0]!)).toBe(
			`Anda memegang 1 dari 2 dokumen Langkah 5: ${step(5).title.id}: belum ada Keputusan Tim TKKSD. Jadi langkah 5 sedang berjalan, belum selesai.`,
		);
		expect(textOf(section(answer, 'sk-next')!)).toContain('sudah Anda pegang');
	});

	it('asks the open decision on its own page when the documents do not answer it', () => {
		const reading = readDocuments(realSop, ['pertimbangan-rapat-intern']);
		if (reading.kind === 'none') throw new Error('no reading');
		const answer = viewDocumentsAnswer(realSop, reading, [], ctxOf('id'));
		expect(answer.attrs['data-sk-answer']).toBe('documents');
		expect(links(byClass(answer, 'sk-open')[0])).toEqual([['Jawab pertanyaan ini', '/posisi/rapat-intern-kemendagri/']]);
	});

	it('tells a foreign partner what to prepare now and later, and the steps it takes part in', () => {
		const [prepare, involved] = viewProposer(realSop, 'pihak-luar-negeri', ctxOf('en')) as VElement[];
		expect(byClass(prepare!, 'sk-documents')[0]!.children.map(textOf)).toEqual([
			'Cooperation proposal: sent to the Sub-Division staff.',
			`Foreign partner’s consent: later, at Step 16: ${step(16).title.en}.`,
			`Signed MOU: later, at Step 17: ${step(17).title.en}.`,
			`Draft cooperation agreement: later, at Step 18: ${step(18).title.en}.`,
			`Signed cooperation agreement: later, at Step 19: ${step(19).title.en}.`,
		]);
		expect(links(involved).map(([, href]) => href)).toEqual(['/en/langkah/terima-usulan/', ...[16, 17, 18, 19].map((n) => `/en/langkah/${step(n).id}/`)]);
		expect(textOf(viewProposer(realSop, 'pemda-pengusul', ctxOf('id'))[0] as VElement)).toContain('Usulan kerjasama: diajukan kepada Staf.');
	});

	it('fills every placeholder of every answer, in every language', () => {
		for (const lang of LANGS) {
			for (const s of orderedSteps(realSop)) {
				for (const answer of pendingDecision(realSop, s) ? DECISION_ANSWERS : [undefined]) {
					expect(textOf(answerAfter(s.number, answer, lang)), `${lang} ${s.id} ${answer}`).not.toMatch(/\{\w+\}|undefined/);
				}
			}
		}
	});
});
