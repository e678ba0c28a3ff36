import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sop } from '.';
import { nextSteps, orderedSteps, stepsForOffice, stepsOfPhase, stepsProducing, stepsRequiring } from '../../model/query';

const original = readFileSync(fileURLToPath(new URL('./sop-kerjasama-teknik-2015.txt', import.meta.url)), 'utf8');
const seed = fileURLToPath(new URL('../../../../shared/seed/sop-kerjasama-teknik-2015.txt', import.meta.url));

/** The numbered sentences of the original SOP text, by number. */
function numberedSentences(text: string): Map<number, string> {
	const sentences = new Map<number, string>();
	for (const match of text.matchAll(/^\s*(\d+)\.\s+(.+?)\s*$/gm)) sentences.set(Number(match[1]), match[2]!);
	return sentences;
}

describe('the SOP model', () => {
	const steps = orderedSteps(sop);

	it('has the 23 steps of the 2015 SOP', () => {
		expect(steps.map((s) => s.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
	});

	it('quotes every step verbatim from the original document', () => {
		const sentences = numberedSentences(original);
		expect(sentences.size).toBe(23);
		for (const step of steps) expect(step.sopText, `step ${step.number}`).toBe(sentences.get(step.number));
	});

	it.skipIf(!existsSync(seed))('keeps the original document identical to the seed text', () => {
		expect(original).toBe(readFileSync(seed, 'utf8'));
	});

	it('puts every step in a phase and covers phases in step order', () => {
		const phaseOrder = new Map(sop.phases.map((p) => [p.id, p.order]));
		const orders = steps.map((s) => phaseOrder.get(s.phase)!);
		expect(orders).toEqual([...orders].sort((a, b) => a - b));
		expect(sop.phases).toHaveLength(7);
		expect(sop.phases.every((p) => stepsOfPhase(sop, p.id).length > 0)).toBe(true);
	});

	it('models the decisions the SOP implies: after step 12, and gating steps 15 and 16, each "yes" answering its question', () => {
		expect(steps.filter((s) => s.decision).map((s) => [s.number, s.decision!.timing])).toEqual([
			[12, 'after'],
			[15, 'before'],
			[16, 'before'],
		]);
		expect(steps[11]!.decision!.yes.id).toMatch(/^Ya, DPRD menyetujui/);
		expect(steps[14]!.decision!.yes.en).toMatch(/^Yes, .*feasible/);
		// The SOP names the government's approval and the partner's consent at step 16, not Sekneg as the one who decides.
		expect(steps[15]!.decision!.decidedBy).not.toContain('sekneg');
	});

	it('models the route of step 7 and the routes through the Governor of steps 10 and 13, naming what travels', () => {
		expect(steps[6]!.routing).toEqual({
			via: ['kabag-kerjasama', 'asisten-pemerintahan', 'sekda', 'wakil-walikota', 'walikota', 'kabag-kerjasama', 'kasubag-kln'],
			carries: ['telaahan-staf', 'disposisi-kasubag'],
		});
		expect(steps[9]!.routing).toEqual({ via: ['kemendagri', 'gubernur', 'walikota'], carries: ['pertimbangan-kemendagri'] });
		expect(steps[12]!.routing).toEqual({ via: ['walikota', 'gubernur', 'kemendagri'], carries: ['rencana-kerjasama', 'rancangan-mou', 'persetujuan-dprd'] });
	});

	it('repeats implementation, reporting and monitoring (20–22) for as long as the agreement runs', () => {
		expect(steps.filter((s) => s.recurring).map((s) => s.number)).toEqual([20, 21, 22]);
		expect(nextSteps(sop, steps[21]!).map((s) => s.number)).toEqual([23, 20]);
	});

	it('takes the Mayor’s letter of authority as something step 19 needs, when a city agency signs; no step produces it', () => {
		const letter = sop.documents.find((d) => d.id === 'surat-kuasa-kepala-daerah')!;
		expect(stepsRequiring(sop, letter.id).map((s) => s.number)).toEqual([19]);
		expect(stepsProducing(sop, letter.id)).toEqual([]);
		expect(letter).toMatchObject({ origin: 'unnumbered', issuedBy: ['walikota'] });
		expect(letter.neededWhen?.en).toMatch(/city agency signs/);
	});

	it('does not involve the TKKSD team in step 6: its decision is the input, the team does not act', () => {
		expect(stepsForOffice(sop, 'tim-tkksd').map(({ step }) => step.number)).toEqual([5, 11, 18, 22]);
	});

	it('marks as implied, by one rule, every step whose sentence does not name its responsible office as the one who acts', () => {
		expect(steps.filter((s) => !s.responsibleImplicit).map((s) => s.number)).toEqual([1, 4, 5, 6, 14, 15, 16, 19, 20, 21, 23]);
		for (const step of steps.filter((s) => s.actor)) expect(step.sopText, `step ${step.number}`).toContain(step.actor);
	});

	it('marks as implied the documents the SOP does not name, and finds the words of every other one in a sentence that uses it', () => {
		expect(sop.documents.filter((d) => d.implied).map((d) => d.id)).toEqual(['disposisi-pimpinan', 'rancangan-perjanjian', 'laporan-pelaksanaan-skpd', 'hasil-monev']);
	});

	it('has the documents a reader follows, produced where the SOP produces them', () => {
		const producedAt = (id: string) => stepsProducing(sop, id).map((s) => s.number);
		expect(producedAt('disposisi-kasubag')).toEqual([2]);
		expect(producedAt('telaahan-staf')).toEqual([6]);
		expect(producedAt('surat-usulan-walikota')).toEqual([8]);
		expect(producedAt('pertimbangan-kemendagri')).toEqual([10]);
		expect(producedAt('persetujuan-dprd')).toEqual([12]);
		expect(producedAt('surat-kuasa-full-power')).toEqual([16]);
		expect(producedAt('mou-ditandatangani')).toEqual([17]);
		expect(stepsRequiring(sop, 'usulan-kerjasama')[0]!.number).toBe(1);
	});

	it('only gives the origin "outside" to the documents that come from outside the city government', () => {
		expect(sop.documents.filter((d) => d.origin === 'outside').map((d) => d.id)).toEqual(['usulan-kerjasama', 'persetujuan-pihak-luar-negeri']);
	});

	it('gives every office at least one step and every document a use', () => {
		for (const office of sop.offices.filter((o) => o.id !== 'pemda-pengusul')) expect(stepsForOffice(sop, office.id).length, office.id).toBeGreaterThan(0);
		for (const doc of sop.documents) expect(stepsProducing(sop, doc.id).length + stepsRequiring(sop, doc.id).length, doc.id).toBeGreaterThan(0);
	});
});
