import { perLang } from '../../model/languages';
import type { Sop, SopInput } from '../../model/schema';
import { loadSop } from '../../model/validate';

/** A text in every language: the Indonesian as given, the others marked with their code. */
const text = (id: string) => perLang((lang) => (lang === 'id' ? id : `${id} (${lang})`));

/**
 * An eight-step SOP with every shape the wizard reads: an incoming proposal from two kinds of proposer, a step with two
 * outputs, a route, a decision after a step (its "yes" shown by the decider's document), a decision before a step (shown
 * by an outside document of its decider), a letter of authority from no step, and a cycle of two steps before the last.
 *
 *   1 terima → 2 rapat (undangan, hasil) → 3 tulis (nota; route staf → kepala → staf) → 4 ajukan (izin; then "Setuju?")
 *   → 5 teruskan (gated by "Restu?"; needs izin, restu; balasan) → 6 laksana (needs balasan, kuasa; laporan)
 *   → 7 pantau (pantauan; back to 6 "Berulang") → 8 akhir (ringkasan)
 */
export function wizardSopInput(): SopInput {
	const office = (id: string, level: string) => ({ id, short: text(id), sopForms: [] as string[], name: text(`${id} lengkap`), level, description: text(`Tentang ${id}`) });
	const doc = (id: string, issuedBy: string[], origin: 'step' | 'outside' | 'unnumbered', extra: Partial<SopInput['documents'][number]> = {}) => ({
		id,
		name: text(`Dokumen ${id}`),
		description: text(`Isi ${id}.`),
		issuedBy,
		addressedTo: id === 'surat' ? ['staf'] : [],
		origin,
		...extra,
	});
	const step = (id: string, phase: string, responsible: string, rest: Partial<SopInput['steps'][number]> = {}) => ({ id, title: text(`Langkah ${id}`), sopText: `${id}.`, phase, responsible, ...rest });
	return {
		levels: [
			{ id: 'kota', name: text('Kota') },
			{ id: 'pusat', name: text('Pusat') },
			{ id: 'luar', name: text('Luar') },
		],
		phases: [
			{ id: 'awal', title: text('Awal'), summary: text('Tahap awal') },
			{ id: 'tengah', title: text('Tengah'), summary: text('Tahap tengah') },
			{ id: 'akhir', title: text('Akhir'), summary: text('Tahap akhir') },
		],
		offices: [office('staf', 'kota'), office('kepala', 'kota'), office('dewan', 'kota'), office('menteri', 'pusat'), office('mitra', 'luar'), office('pemda', 'kota')],
		documents: [
			doc('surat', ['mitra', 'pemda'], 'outside'),
			doc('undangan', ['staf'], 'step'),
			doc('hasil', ['staf', 'kepala'], 'step'),
			doc('nota', ['staf'], 'step'),
			doc('izin', ['dewan'], 'step'),
			doc('restu', ['mitra'], 'outside'),
			doc('balasan', ['menteri'], 'step'),
			doc('kuasa', ['kepala'], 'unnumbered', { neededWhen: text('bila dinas menandatangani') }),
			doc('laporan', ['staf'], 'step'),
			doc('pantauan', ['staf', 'mitra'], 'step'),
			doc('ringkasan', ['kepala'], 'step'),
		],
		steps: [
			step('terima', 'awal', 'staf', { involved: ['mitra', 'pemda'], requires: ['surat'], next: [{ to: 'rapat' }] }),
			step('rapat', 'awal', 'staf', { involved: ['kepala'], requires: ['surat'], produces: ['undangan', 'hasil'], next: [{ to: 'tulis' }] }),
			step('tulis', 'awal', 'kepala', {
				requires: ['hasil'],
				produces: ['nota'],
				routing: { via: ['staf', 'kepala', 'staf'], carries: ['nota'] },
				next: [{ to: 'ajukan' }],
			}),
			step('ajukan', 'tengah', 'staf', {
				involved: ['dewan'],
				requires: ['nota'],
				produces: ['izin'],
				decision: { question: text('Setuju?'), decidedBy: ['dewan'], timing: 'after', yes: text('Ya, setuju') },
				next: [{ to: 'teruskan' }],
			}),
			step('teruskan', 'tengah', 'menteri', {
				requires: ['izin', 'restu'],
				produces: ['balasan'],
				decision: { question: text('Restu?'), decidedBy: ['mitra'], timing: 'before', yes: text('Ya, direstui') },
				next: [{ to: 'laksana' }],
			}),
			step('laksana', 'akhir', 'staf', { requires: ['balasan', 'kuasa'], produces: ['laporan'], next: [{ to: 'pantau' }] }),
			step('pantau', 'akhir', 'staf', {
				requires: ['laporan'],
				produces: ['pantauan'],
				next: [{ to: 'akhir' }, { to: 'laksana', when: text('Berulang') }],
			}),
			step('akhir', 'akhir', 'kepala', { requires: ['pantauan'], produces: ['ringkasan'] }),
		],
		terms: [],
	};
}

/** The fixture, validated as the real model is. */
export function wizardSop(): Sop {
	return loadSop(wizardSopInput(), {
		levels: 'fixture/levels.ts',
		phases: 'fixture/phases.ts',
		offices: 'fixture/offices.ts',
		documents: 'fixture/documents.ts',
		steps: 'fixture/steps.ts',
		terms: 'fixture/terms.ts',
	});
}
