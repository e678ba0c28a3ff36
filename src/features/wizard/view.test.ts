import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { resultStrings } from './strings';
import type { Lang } from '../../model/schema';
import { loadSop } from '../../model/validate';
import { outcomeOf, type Outcome } from './outcome';
import type { Answer } from './query-string';
import { fillTemplate, viewOutcome, type ViewContext, type WizardLinks } from './view';
import { renderHtml } from './vnode';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const tiny = loadSop(tinySop(), TINY_SOURCES);
const links: WizardLinks = { step: (id) => `/langkah/${id}/`, wizard: (query) => `/posisi/${query}`, office: () => undefined };
const ctx = (lang: Lang = 'id', overrides: Partial<WizardLinks> = {}): ViewContext => ({ lang, strings: resultStrings(lang), links: { ...links, ...overrides } });
const render = (model: typeof tiny, answer: Answer, context = ctx()) => parse(renderHtml(viewOutcome(model, outcomeOf(model, answer)!, context)));
const step = (id: string): Answer => ({ kind: 'step', step: id, edit: false });

describe('the result view on the fixture', () => {
	it('shows where the proposal is, with a labelled progress bar', () => {
		const html = render(tiny, step('tulis'));
		expect(html.querySelector('h2')!.text).toBe('Posisi usulan');
		expect(html.querySelector('#sk-result-where')!.text).toBe('Tahap 1 dari 2 · Langkah 2 dari 4');
		const progress = html.querySelector('progress')!;
		expect([progress.getAttribute('value'), progress.getAttribute('max'), progress.getAttribute('aria-labelledby')]).toEqual(['2', '4', 'sk-result-where']);
	});

	it('shows the next step with its office, documents and receivers, and a link to its page', () => {
		const html = render(tiny, step('tulis'));
		const next = html.querySelector('.sk-next')!;
		expect(next.querySelector('.sk-next-title a')!.getAttribute('href')).toBe('/langkah/setujui/');
		expect(next.querySelector('.sk-next-title')!.text).toBe('Langkah 3: Setujui');
		expect(next.querySelector('dd')!.text).toBe('Kepala');
		expect(next.querySelectorAll('ul.sk-docs li').map((li) => li.text)).toEqual(['Nota (diterima oleh Kepala)', 'Izin']);
	});

	it('states the decision ahead, who decides it, and that the SOP is silent on "no"', () => {
		const decision = render(tiny, step('tulis')).querySelector('.sk-next .sk-decision')!;
		expect(decision.text).toContain('Keputusan: Setuju? Diputuskan oleh: Dewan.');
		expect(decision.querySelector('.sk-silent')!.text).toContain('SOP tidak mengatur');
		expect(decision.querySelector('.sk-silent')!.text).toContain('Sub Bagian Kerjasama Luar Negeri');
	});

	it('previews the steps after the next one, with the branch that leads there', () => {
		const items = render(tiny, step('terima')).querySelectorAll('.sk-preview > li');
		expect(items.map((li) => li.querySelector('.sk-next-title')!.text)).toEqual(['Langkah 3: Setujui', 'Langkah 4: Lapor']);
		expect(items[1]!.querySelector('.sk-when')!.text).toBe('Bila: Disetujui');
		expect(items[0]!.querySelector('.sk-decision')).not.toBeNull();
	});

	it('explains the end of the procedure and the steps that go on', () => {
		const html = render(tiny, step('lapor'));
		expect(html.querySelector('.sk-complete')!.text).toContain('ke-4 langkah');
		expect(html.querySelector('.sk-next')).toBeNull();
		expect(html.querySelectorAll('.sk-ongoing a').map((a) => a.getAttribute('href'))).toEqual(['/langkah/setujui/', '/langkah/lapor/']);
	});

	it('offers to change the answer (kept in the link) or to start again', () => {
		const actions = render(tiny, step('tulis')).querySelectorAll('.sk-actions a');
		expect(actions.map((a) => [a.text, a.getAttribute('href'), a.getAttribute('data-sk-nav')])).toEqual([
			['Ubah jawaban', '/posisi/?langkah=tulis&ubah=1', 'edit'],
			['Mulai lagi', '/posisi/', 'restart'],
		]);
	});

	it('links offices to their role page once there is one', () => {
		const html = render(tiny, step('tulis'), ctx('id', { office: (id) => `/peran/${id}/` }));
		expect(html.querySelector('.sk-next dd a')!.getAttribute('href')).toBe('/peran/kepala/');
		expect(html.querySelector('.sk-decision a')!.getAttribute('href')).toBe('/peran/dewan/');
	});

	it('says which document inferred the position', () => {
		const html = render(tiny, { kind: 'documents', documents: ['nota', 'izin'], edit: false });
		expect(html.text).toContain('Disimpulkan dari dokumen yang dicentang; yang paling jauh: Izin.');
		expect(html.querySelector('#sk-result-where')!.text).toBe('Tahap 2 dari 2 · Langkah 3 dari 4');
	});

	it('names the missing documents and the steps that should have produced them', () => {
		const html = render(tiny, { kind: 'documents', documents: ['laporan'], edit: false });
		expect(html.querySelector('h2')!.text).toBe('Dokumen tidak sesuai urutan SOP');
		expect(html.querySelectorAll('.sk-missing li').map((li) => li.text)).toEqual([
			'Nota: seharusnya dihasilkan pada Langkah 2: Tulis',
			'Izin: seharusnya dihasilkan pada Langkah 3: Setujui',
		]);
		expect(html.querySelector('[data-sk-nav="answer"]')!.getAttribute('href')).toBe('/posisi/?langkah=lapor');
		expect(html.querySelector('[data-sk-nav="edit"]')!.getAttribute('href')).toBe('/posisi/?dokumen=laporan&ubah=1');
	});

	it('shows a problem as "Langkah tidak dikenal" with its reason', () => {
		const outcome: Outcome = { kind: 'problem', problem: 'repeated-key' };
		const html = parse(renderHtml(viewOutcome(tiny, outcome, ctx())));
		expect(html.querySelector('h2')!.text).toBe('Langkah tidak dikenal');
		expect(html.querySelector('p')!.text).toContain('pertanyaan yang berulang');
		expect(parse(renderHtml(viewOutcome(tiny, outcome, ctx('en')))).querySelector('h2')!.text).toBe('Unknown step');
	});

	it('has nothing to show at the start or while an answer is being changed', () => {
		expect(outcomeOf(tiny, { kind: 'start' })).toBeUndefined();
		expect(outcomeOf(tiny, { kind: 'step', step: 'tulis', edit: true })).toBeUndefined();
		expect(outcomeOf(tiny, { kind: 'documents', documents: [], edit: false })).toEqual({ kind: 'problem', problem: 'no-documents' });
	});

	it('writes the same result in English', () => {
		const html = render(tiny, step('tulis'), ctx('en'));
		expect(html.querySelector('#sk-result-where')!.text).toBe('Phase 1 of 2 · Step 2 of 4');
		expect(html.querySelector('.sk-next-title')!.text).toBe('Step 3: Setujui (en)');
	});
});

describe('the result view on the real SOP', () => {
	it('points to Sub Bagian Kerjasama Luar Negeri wherever a decision ahead has no "no" branch', () => {
		for (const s of sop.steps) {
			const html = render(sop, step(s.id));
			const silent = html.querySelectorAll('.sk-silent').length;
			const decisions = html.querySelectorAll('.sk-decision').length;
			expect(silent, s.id).toBe(decisions);
		}
		expect(render(sop, step('susun-rencana-kerjasama')).querySelectorAll('.sk-silent')).toHaveLength(2);
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fillTemplate('Langkah {number} dari {total}', { number: 3 })).toBe('Langkah 3 dari {total}');
	});
});
