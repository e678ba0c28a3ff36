import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { lintBpmn, readBpmn } from './bpmn-checks.fixture';
import { buildProcessGraph } from './bpmn-process';
import { BPMN_TARGET_NAMESPACE, toBpmnXml } from './bpmn-xml';
import { sop } from '../../content/sop';
import { LANGS } from '../../model/languages';

const info = { exporter: 'SOP Kerjasama Teknik Kota Bandung', exporterVersion: '1.0.0' };
const files = Object.fromEntries(await Promise.all(LANGS.map(async (lang) => [lang, await toBpmnXml(buildProcessGraph(sop, lang), info)] as const)));

const list = (element: ModdleElement, property: string) => (element[property] ?? []) as ModdleElement[];

describe.each(LANGS)('sop.bpmn (%s)', (lang) => {
	const xml = files[lang]!;

	it('parses with bpmn-moddle without warnings', async () => {
		expect((await readBpmn(xml)).warnings).toEqual([]);
	});

	it('passes bpmnlint’s recommended rules, warnings included', async () => {
		expect(await lintBpmn((await readBpmn(xml)).definitions)).toEqual([]);
	});

	it('is one pool: a collaboration with one participant, whose process has a lane per level of government', async () => {
		const { definitions } = await readBpmn(xml);
		expect(definitions.targetNamespace).toBe(BPMN_TARGET_NAMESPACE);
		const [collaboration, process] = list(definitions, 'rootElements');
		expect(collaboration!.$type).toBe('bpmn:Collaboration');
		expect(list(collaboration!, 'participants').map((p) => p.processRef)).toEqual([process]);
		expect(process).toMatchObject({ $type: 'bpmn:Process', isExecutable: false });
		const lanes = list(list(process!, 'laneSets')[0]!, 'lanes');
		expect(lanes.map((lane) => lane.name)).toEqual(buildProcessGraph(sop, lang).lanes.map((lane) => lane.name));
		// Every flow node is in exactly one lane.
		const inLanes = lanes.flatMap((lane) => list(lane, 'flowNodeRef'));
		const nodes = list(process!, 'flowElements').filter((element) => element.$type !== 'bpmn:SequenceFlow');
		expect(inLanes.length).toBe(nodes.length);
		expect(new Set(inLanes)).toEqual(new Set(nodes));
	});

	it('names each task "N. title" and keeps the SOP sentence in its documentation', async () => {
		const { definitions } = await readBpmn(xml);
		const tasks = list(list(definitions, 'rootElements')[1]!, 'flowElements').filter((element) => element.$type === 'bpmn:Task');
		expect(tasks.map((task) => task.name)).toEqual(sop.steps.map((step) => `${step.number}. ${step.title[lang]}`));
		expect(tasks.map((task) => (list(task, 'documentation')[0] as ModdleElement).text)).toEqual(sop.steps.map((step) => step.sopText));
	});

	it('labels the conditions of the branches with natural-language expressions', async () => {
		const { elementsById } = await readBpmn(xml);
		const repeat = elementsById['Flow_Gateway_monitoring-evaluasi_split_Gateway_laksanakan-perjanjian_join']!;
		const when = sop.steps.find((step) => step.id === 'monitoring-evaluasi')!.next.find((edge) => edge.when)!.when![lang];
		expect(repeat.name).toBe(when);
		expect(repeat.conditionExpression).toMatchObject({ $type: 'bpmn:Expression', body: when });
		const dprd = elementsById['Gateway_persetujuan-dprd_decision']!;
		expect((dprd.default as ModdleElement).targetRef).toBe(elementsById['Event_persetujuan-dprd_unspecified']);
	});

	it('carries a diagram of the collaboration: a shape for the pool, each lane and each node, an edge for each flow', async () => {
		const { definitions } = await readBpmn(xml);
		const [diagram] = list(definitions, 'diagrams');
		const plane = diagram!.plane as ModdleElement;
		expect(plane.bpmnElement).toBe(list(definitions, 'rootElements')[0]);
		const drawn = list(plane, 'planeElement');
		const process = list(definitions, 'rootElements')[1]!;
		const elements = [
			...list(list(definitions, 'rootElements')[0]!, 'participants'),
			...list(list(process, 'laneSets')[0]!, 'lanes'),
			...list(process, 'flowElements'),
		];
		expect(drawn.map((di) => di.bpmnElement)).toEqual(expect.arrayContaining(elements));
		expect(drawn).toHaveLength(elements.length);
		for (const di of drawn.filter((d) => ['bpmn:Participant', 'bpmn:Lane'].includes((d.bpmnElement as ModdleElement).$type))) expect(di.isHorizontal).toBe(true);
		for (const di of drawn.filter((d) => d.$type === 'bpmndi:BPMNEdge')) expect(list(di, 'waypoint').length).toBeGreaterThanOrEqual(2);
	});
});

describe('the lint of sop.bpmn', () => {
	it('fails a file spoilt on purpose: a gateway without its default flow, a task without its diagram shape', async () => {
		const { definitions, elementsById } = await readBpmn(files.id!);
		delete elementsById['Gateway_persetujuan-dprd_decision']!.default;
		const plane = list(definitions, 'diagrams')[0]!.plane as ModdleElement;
		plane.planeElement = list(plane, 'planeElement').filter((di) => di.bpmnElement !== elementsById['Task_terima-usulan']);
		const reports = await lintBpmn(definitions);
		expect(reports).toContain('conditional-flows: Flow_Gateway_persetujuan-dprd_decision_Event_persetujuan-dprd_unspecified: Sequence flow is missing condition');
		expect(reports.some((report) => report.startsWith('no-bpmndi: Task_terima-usulan'))).toBe(true);
	});
});
