import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { checklistFor } from './checklist';
import { partnerOffices, stepsForOffice } from '../../model/query';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const actsOf = (tasks: ReturnType<typeof checklistFor>) => tasks.flatMap((task) => task.acts.map(({ doc, act }) => [task.id, doc, act]));

describe('checklistFor', () => {
	it('gives one task per step where the office acts, in order, with its role', () => {
		expect(checklistFor(sop, 'kepala').map((task) => [task.id, task.role])).toEqual([
			['tulis', 'involved'],
			['setujui', 'responsible'],
			['lapor', 'responsible'],
		]);
		expect(checklistFor(sop, 'mitra').map((task) => task.id)).toEqual(['terima']);
	});

	it('lists what the step needs, what reaches the office, what it issues and what others issue at its step', () => {
		const [tulis, setujui, lapor] = checklistFor(sop, 'kepala');
		expect(tulis).toMatchObject({ needs: ['surat'], receives: ['nota'], acts: [], fromOthers: [] });
		expect(setujui).toMatchObject({ needs: ['nota'], receives: ['izin'], acts: [], fromOthers: [] });
		expect(lapor).toMatchObject({ needs: ['izin'], receives: [], acts: [{ doc: 'laporan', act: 'issue' }], fromOthers: [] });
	});

	it('lists a document addressed to the office once, at the first step where it meets it', () => {
		expect(checklistFor(sop, 'staf').map((task) => [task.id, task.receives])).toEqual([
			['terima', ['surat']],
			['tulis', []],
		]);
	});

	it('lets the responsible office see the outputs others issue, unless they are addressed to it', () => {
		const input = tinySop();
		input.documents[2]!.addressedTo = [];
		const [, setujui] = checklistFor(loadSop(input, TINY_SOURCES), 'kepala');
		expect(setujui).toMatchObject({ receives: [], fromOthers: ['izin'] });
	});

	it('has the partner hand in what it brings from outside, not list it as something the step needs from it', () => {
		expect(checklistFor(sop, 'mitra')).toMatchObject([
			{ id: 'terima', needs: [], receives: [], acts: [{ doc: 'surat', act: 'hand-in', counterpart: { relation: 'to', offices: ['staf'] } }] },
		]);
		expect(checklistFor(sop, 'dewan')).toMatchObject([{ id: 'setujui', role: 'involved', acts: [{ doc: 'izin', act: 'issue' }], receives: [] }]);
	});

	it('matches the steps of every office of the real model', () => {
		for (const office of realSop.offices) {
			expect(checklistFor(realSop, office.id).map((task) => task.id)).toEqual(stepsForOffice(realSop, office.id).map(({ step }) => step.id));
		}
		const walikota = checklistFor(realSop, 'walikota');
		expect(walikota.find((task) => task.id === 'pertimbangan-kemendagri')?.receives).toEqual(['pertimbangan-kemendagri']);
		expect(walikota.find((task) => task.id === 'proses-telaahan-staf')?.acts.map(({ doc }) => doc)).toEqual(['disposisi-pimpinan']);
	});

	it('gives the foreign partner what it sends, consents to, signs and prepares, and the proposing Pemda its proposal', () => {
		expect(partnerOffices(realSop).map((office) => office.id)).toEqual(['pihak-luar-negeri', 'pemda-pengusul']);
		expect(actsOf(checklistFor(realSop, 'pihak-luar-negeri'))).toEqual([
			['terima-usulan', 'usulan-kerjasama', 'hand-in'],
			['mohon-full-power', 'persetujuan-pihak-luar-negeri', 'hand-in'],
			['tanda-tangan-mou', 'mou-ditandatangani', 'sign'],
			['siapkan-perjanjian', 'rancangan-perjanjian', 'issue'],
			['tanda-tangan-perjanjian', 'perjanjian-kerjasama', 'sign'],
		]);
		expect(actsOf(checklistFor(realSop, 'pemda-pengusul'))).toEqual([['terima-usulan', 'usulan-kerjasama', 'hand-in']]);
	});

	it('gives the Tim TKKSD no task at step 6: the team’s decision is what the staff study memo is written on', () => {
		expect(checklistFor(realSop, 'tim-tkksd').map((task) => task.step.number)).not.toContain(6);
	});

	it('has the Mayor hand in the letter of authority at step 19, and the city agency receive it there', () => {
		const step19 = (officeId: string) => checklistFor(realSop, officeId).find((task) => task.step.number === 19)!;
		expect(step19('walikota').acts).toContainEqual({ doc: 'surat-kuasa-kepala-daerah', act: 'hand-in', counterpart: { relation: 'to', offices: ['skpd'] } });
		expect(step19('walikota').needs).not.toContain('surat-kuasa-kepala-daerah');
		expect(step19('skpd').receives).toContain('surat-kuasa-kepala-daerah');
	});
});
