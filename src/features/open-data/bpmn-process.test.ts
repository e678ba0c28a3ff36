import { describe, expect, it } from 'vitest';
import { buildProcessGraph, taskId, type ProcessGraph } from './bpmn-process';
import { sop } from '../../content/sop';
import { getStep } from '../../model/query';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const outgoing = (graph: ProcessGraph, id: string) => graph.flows.filter((flow) => flow.source === id);
const incoming = (graph: ProcessGraph, id: string) => graph.flows.filter((flow) => flow.target === id);
const node = (graph: ProcessGraph, id: string) => graph.nodes.find((n) => n.id === id)!;

describe('the BPMN process of the tiny fixture', () => {
	const input = tinySop();
	// A decision that gates a step, besides the fixture's decision after one.
	input.steps[1]!.decision = { question: { id: 'Layak?', en: 'Feasible?' }, decidedBy: ['kepala'], timing: 'before', yes: { id: 'Ya, layak', en: 'Yes, feasible' } };
	const tiny = loadSop(input, TINY_SOURCES);
	const graph = buildProcessGraph(tiny, 'en');

	it('has a task per step, named with its number and title, holding the SOP sentence verbatim', () => {
		const tasks = graph.nodes.filter((n) => n.kind === 'task');
		expect(tasks.map((t) => t.name)).toEqual(tiny.steps.map((step) => `${step.number}. ${step.title.en}`));
		expect(tasks.map((t) => t.documentation[0])).toEqual(tiny.steps.map((step) => step.sopText));
	});

	it('puts a gating decision before its step: "yes" leads into the step, "no" to an end that points to the Sub Bagian', () => {
		const gateway = node(graph, 'Gateway_tulis_decision');
		expect(gateway).toMatchObject({ kind: 'gateway', name: 'Feasible?' });
		expect(incoming(graph, gateway.id).map((f) => f.source)).toEqual(['Task_terima']);
		const [yes, no] = outgoing(graph, gateway.id);
		expect(yes).toMatchObject({ target: 'Task_tulis', name: 'Yes, feasible', condition: 'Yes, feasible' });
		expect(no).toMatchObject({ name: 'No' });
		expect(no!.condition).toBeUndefined();
		expect(gateway.defaultFlow).toBe(no!.id);
		expect(node(graph, no!.target)).toMatchObject({ kind: 'end', name: 'The SOP does not say what follows: ask the Foreign Cooperation Sub-Division' });
	});

	it('puts a decision after its step: the step leads to it, "yes" to the next step', () => {
		const gateway = node(graph, 'Gateway_setujui_decision');
		expect(incoming(graph, gateway.id).map((f) => f.source)).toEqual(['Task_setujui']);
		expect(outgoing(graph, gateway.id).map((f) => [f.name, node(graph, f.target).kind])).toEqual([
			['Disetujui (en)', 'task'],
			['No', 'end'],
		]);
		// The decider (the council) has its own lane, as in the flow diagram.
		expect(gateway.lane).toBe('dprd');
	});

	it('joins flows before a step reached from two places, and forks after the last step to the end and the repeat', () => {
		expect(outgoing(graph, 'Gateway_setujui_join').map((f) => f.target)).toEqual(['Task_setujui']);
		expect(incoming(graph, 'Gateway_setujui_join').map((f) => f.source).sort()).toEqual(['Gateway_lapor_split', 'Task_tulis']);
		const fork = node(graph, 'Gateway_lapor_split');
		const [repeat, end] = outgoing(graph, fork.id);
		expect(repeat).toMatchObject({ target: 'Gateway_setujui_join', name: 'Berulang (en)', condition: 'Berulang (en)' });
		expect(end).toMatchObject({ target: 'Event_end' });
		expect(fork.defaultFlow).toBe(end!.id);
	});

	it('has one start and one end of the procedure, and every node on a flow', () => {
		expect(graph.nodes.filter((n) => n.kind === 'start').map((n) => n.id)).toEqual(['Event_start']);
		expect(outgoing(graph, 'Event_start').map((f) => f.target)).toEqual(['Task_terima']);
		for (const n of graph.nodes) {
			if (n.kind !== 'start') expect(incoming(graph, n.id).length, n.id).toBeGreaterThan(0);
			if (n.kind !== 'end') expect(outgoing(graph, n.id).length, n.id).toBeGreaterThan(0);
		}
		expect(new Set(graph.flows.map((f) => f.id)).size).toBe(graph.flows.length);
	});

	it('has a lane per level of government it uses, in the model’s order, named in the language', () => {
		expect(graph.lanes).toEqual([
			{ id: 'kota', name: 'Kota (en)' },
			{ id: 'dprd', name: 'Dewan kota (en)' },
		]);
	});
});

describe('the BPMN process of the SOP', () => {
	const graph = buildProcessGraph(sop, 'id');

	it('has a task per step and a gateway per decision, in the lanes of the flow diagram', () => {
		expect(graph.nodes.filter((n) => n.kind === 'task')).toHaveLength(sop.steps.length);
		const decisions = graph.nodes.filter((n) => n.id.endsWith('_decision'));
		expect(decisions.map((n) => [n.name, n.lane])).toEqual([
			['Apakah DPRD memberikan persetujuan?', 'dprd'],
			['Apakah Mendagri menilai usulan layak?', 'pusat'],
			['Apakah persetujuan Pemerintah dan persetujuan pihak luar negeri sudah diperoleh?', 'luar-negeri'],
		]);
		expect(graph.lanes.map((lane) => lane.id)).toEqual(['kota', 'dprd', 'provinsi', 'pusat', 'luar-negeri']);
		expect(graph.lanes.map((lane) => lane.name)).toEqual(sop.levels.filter((l) => l.id !== 'daerah-lain').map((l) => l.name.id));
	});

	it('shows the file passing through the Governor (steps 10 and 13) in the province’s lane', () => {
		const via = graph.nodes.filter((n) => n.kind === 'via');
		expect(via.map((n) => [n.id, n.name, n.lane])).toEqual([
			['Event_pertimbangan-kemendagri_via_1', 'Melalui Gubernur Jawa Barat', 'provinsi'],
			['Event_sampaikan-ke-mendagri_via_1', 'Melalui Gubernur Jawa Barat', 'provinsi'],
		]);
	});

	it('labels the repeat of steps 20–22 and leaves step 22 for step 23 otherwise', () => {
		const repeat = graph.flows.find((f) => f.source === 'Gateway_monitoring-evaluasi_split' && f.target === 'Gateway_laksanakan-perjanjian_join')!;
		expect(repeat.name).toBe(getStep(sop, 'monitoring-evaluasi').next.find((e) => e.when)!.when!.id);
		expect(node(graph, 'Gateway_monitoring-evaluasi_split').defaultFlow).toBe(`Flow_Gateway_monitoring-evaluasi_split_${taskId(getStep(sop, 'laporan-kepala-daerah'))}`);
	});

	it('says on every "no" that the SOP is silent and names the Sub Bagian', () => {
		const ends = graph.nodes.filter((n) => n.id.endsWith('_unspecified'));
		expect(ends).toHaveLength(3);
		for (const end of ends) expect(end.name).toBe('SOP tidak mengatur kelanjutannya: tanyakan kepada Sub Bagian Kerjasama Luar Negeri');
	});
});
