import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sop } from '.';
import { orderedSteps, stepsForOffice, stepsOfPhase, stepsProducing, stepsRequiring } from '../../model/query';

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

	it('models the decisions the SOP implies at steps 12, 15 and 16, with labelled branches', () => {
		const decisions = steps.filter((s) => s.decision).map((s) => s.number);
		expect(decisions).toEqual([12, 15, 16]);
		for (const step of steps.filter((s) => s.decision)) expect(step.next.every((e) => e.when)).toBe(true);
	});

	it('models the routing chain of step 7', () => {
		expect(steps[6]!.routing).toEqual(['kabag-kerjasama', 'asisten-pemerintahan', 'sekda', 'wakil-walikota', 'walikota', 'kabag-kerjasama', 'kasubag-kln']);
	});

	it('routes steps 10 and 13 through the Governor, as their sentences say', () => {
		expect(steps[9]!.routing).toEqual(['kemendagri', 'gubernur', 'walikota']);
		expect(steps[12]!.routing).toEqual(['walikota', 'gubernur', 'kemendagri']);
	});

	it('marks implementation, reporting and monitoring (20–22) as recurring', () => {
		expect(steps.filter((s) => s.recurring).map((s) => s.number)).toEqual([20, 21, 22]);
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

	it('only marks as from outside the documents that come from outside the city government', () => {
		expect(sop.documents.filter((d) => d.fromOutside).map((d) => d.id)).toEqual(['usulan-kerjasama', 'persetujuan-pihak-luar-negeri', 'rancangan-perjanjian']);
	});

	it('gives every office at least one step and every document a use', () => {
		for (const office of sop.offices.filter((o) => o.id !== 'pemda-pengusul')) expect(stepsForOffice(sop, office.id).length, office.id).toBeGreaterThan(0);
		for (const doc of sop.documents) expect(stepsProducing(sop, doc.id).length + stepsRequiring(sop, doc.id).length, doc.id).toBeGreaterThan(0);
	});
});
