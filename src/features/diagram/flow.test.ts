import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { askNodeId, buildFlow, decisionNodeId, laneOfDecision, laneOfStep, passedOffices, stepNodeId, type FlowGraph } from './flow';
import { getStep, orderedSteps } from '../../model/query';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const ids = (flow: FlowGraph) => flow.nodes.map((node) => node.id);
/** The drawn arrows; unseen layout links are written `a~b`. */
const arrows = (flow: FlowGraph) => flow.edges.map((edge) => `${edge.from}${edge.hidden ? '~' : '>'}${edge.to}`);

/** The fixture with a decision that gates step 2 ("before"), decided in the step's own lane. */
function gatedSop() {
	const input = tinySop();
	input.steps[1]!.decision = { question: { id: 'Lengkap?', en: 'Complete?' }, decidedBy: ['staf'], timing: 'before', yes: { id: 'Lengkap', en: 'Complete' } };
	return loadSop(input, TINY_SOURCES);
}

describe('the flow of the fixture', () => {
	const flow = buildFlow(sop);

	it('has a start, one box per step, a diamond per decision with the end of its "no" branch, and an end, in reading order', () => {
		expect(ids(flow)).toEqual(['mulai', 's1', 's2', 's3', 'k3', 't3', 's4', 'selesai']);
		expect(flow.nodes.find((node) => node.id === 't3')).toMatchObject({ kind: 'ask', level: 'dprd' });
	});

	it('links them in the order of the model, the decision between its step and the branch', () => {
		expect(arrows(flow)).toEqual(['mulai>s1', 's1>s2', 's2>s3', 's3>k3', 'k3>t3', 'k3>s4', 's4>s3', 's4>selesai']);
		expect(flow.edges.find((edge) => edge.from === 's4' && edge.to === 's3')!.label?.id).toBe('Berulang');
		expect(flow.edges.find((edge) => edge.from === 'k3' && edge.to === 's4')!.label).toEqual({ id: 'Disetujui', en: 'Disetujui (en)' });
	});

	it('draws the "no" branch of a decision after its step, unlabelled by the model, to "ask the Sub Bagian"', () => {
		const no = flow.edges.filter((edge) => edge.branch === 'no');
		expect(no).toEqual([{ from: 'k3', to: 't3', branch: 'no' }]);
	});

	it('draws the "no" branch of a decision that gates its step, and keeps its end below the step when both share a lane', () => {
		const gated = buildFlow(gatedSop());
		expect(ids(gated)).toEqual(['mulai', 's1', 'k2', 't2', 's2', 's3', 'k3', 't3', 's4', 'selesai']);
		expect(arrows(gated)).toEqual(['mulai>s1', 's1>k2', 'k2>s2', 'k2>t2', 's2>s3', 's3>k3', 'k3>t3', 'k3>s4', 's4>s3', 's4>selesai', 's2~t2']);
		// Step 3's decision sits in the Council's lane, its "yes" leads back to the city's: no unseen link is needed.
		expect(gated.edges.filter((edge) => edge.hidden)).toHaveLength(1);
	});

	it('puts a step in the lane of its responsible office and a decision where its outside decider sits', () => {
		expect(laneOfStep(sop, getStep(sop, 'setujui'))).toBe('kota');
		expect(laneOfDecision(sop, getStep(sop, 'setujui'))).toBe('dprd');
		expect(flow.lanes).toEqual(['kota', 'dprd']);
	});

	it('names boxes by step number, never by their text', () => {
		expect(stepNodeId(getStep(sop, 'lapor'))).toBe('s4');
	});
});

describe('the flow of one phase of the fixture', () => {
	it('shows the steps of the phase and off-page connectors to the steps outside it', () => {
		const first = buildFlow(sop, 'awal');
		expect(ids(first)).toEqual(['mulai', 's1', 's2', 'ke3']);
		expect(arrows(first)).toEqual(['mulai>s1', 's1>s2', 's2>ke3']);
		const last = buildFlow(sop, 'akhir');
		expect(ids(last)).toEqual(['dari2', 's3', 'k3', 't3', 's4', 'selesai']);
		expect(arrows(last)).toEqual(['dari2>s3', 's3>k3', 'k3>t3', 'k3>s4', 's4>s3', 's4>selesai']);
	});

	it('refuses an unknown phase', () => expect(() => buildFlow(sop, 'nope')).toThrow('Unknown phase "nope"'));
});

describe('the flow of the real SOP', () => {
	const flow = buildFlow(realSop);
	const steps = orderedSteps(realSop);

	it('has one box per step, and arrows that lead from each step to exactly its next steps', () => {
		expect(flow.nodes.filter((node) => node.kind === 'step')).toHaveLength(23);
		const kindOf = new Map(flow.nodes.map((node) => [node.id, node.kind]));
		const reached = (from: string): string[] =>
			flow.edges
				.filter((edge) => edge.from === from && !edge.hidden && edge.branch !== 'no')
				.flatMap((edge) => (kindOf.get(edge.to) === 'via' || kindOf.get(edge.to) === 'decision' ? reached(edge.to) : [edge.to]));
		for (const step of steps) {
			const expected = step.next.length > 0 ? step.next.map((edge) => stepNodeId(getStep(realSop, edge.to))) : ['selesai'];
			expect(reached(stepNodeId(step)), `step ${step.number}`).toEqual(expected);
		}
	});

	it('uses the lanes of the levels of government, in order', () => {
		expect(flow.lanes).toEqual(['kota', 'dprd', 'provinsi', 'pusat', 'luar-negeri']);
	});

	it('shows the file passing through the Governor at steps 10 and 13', () => {
		for (const number of [10, 13]) {
			const via = flow.nodes.filter((node) => node.kind === 'via' && node.step.number === number);
			expect(via.map((node) => [node.level, node.kind === 'via' && node.office.id])).toEqual([['provinsi', 'gubernur']]);
		}
		expect(passedOffices(realSop, steps[6]!)).toEqual([]);
	});

	it('draws the decisions that gate steps 15 and 16 before them, and the one after step 12 after it', () => {
		const into = (id: string) => flow.edges.filter((edge) => edge.to === id).map((edge) => edge.from);
		expect(into('k15')).toEqual(['s14']);
		expect(into('s15')).toEqual(['k15']);
		expect(into('k16')).toEqual(['s15']);
		expect(into('s16')).toEqual(['k16']);
		expect(into('k12')).toEqual(['s12']);
		expect(into('s13')).toEqual(['k12']);
	});

	it('draws the repeat of steps 20–22 as an arrow back to step 20', () => {
		const back = flow.edges.find((edge) => edge.from === 's22' && edge.to === 's20');
		expect(back?.label?.en).toMatch(/agreement runs/);
	});

	it('labels the "yes" branch of each of the three decisions with its answer, and ends its "no" branch in "ask the Sub Bagian"', () => {
		const decisions = flow.nodes.filter((node) => node.kind === 'decision');
		expect(decisions.map((node) => [node.id, node.level])).toEqual([
			['k12', 'dprd'],
			['k15', 'pusat'],
			['k16', 'luar-negeri'],
		]);
		for (const decision of decisions) {
			const step = steps.find((s) => decisionNodeId(s) === decision.id)!;
			const out = flow.edges.filter((edge) => edge.from === decision.id && !edge.hidden);
			expect(out.filter((edge) => edge.branch === undefined).map((edge) => edge.label)).toEqual([step.decision!.yes]);
			expect(out.filter((edge) => edge.branch === 'no').map((edge) => edge.to)).toEqual([askNodeId(step)]);
			expect(flow.nodes.find((node) => node.id === askNodeId(step))).toMatchObject({ kind: 'ask', level: decision.level });
		}
	});

	it('keeps the end of step 15’s "no" branch below step 15, whose decision shares its lane', () => {
		expect(flow.edges.filter((edge) => edge.hidden)).toEqual([{ from: 's15', to: 't15', hidden: true }]);
	});
});
