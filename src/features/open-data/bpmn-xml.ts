import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { placeInLanes, type Box, type GridCell, type ProcessLayout } from './bpmn-layout';
import type { ProcessGraph, ProcessNode } from './bpmn-process';

/** The XML namespace of the process this project publishes (BPMN asks each file for one). */
export const BPMN_TARGET_NAMESPACE = 'urn:sop-kerjasama-teknik-kota-bandung:2015';

const NODE_TYPES: Record<ProcessNode['kind'], string> = {
	start: 'bpmn:StartEvent',
	end: 'bpmn:EndEvent',
	task: 'bpmn:Task',
	gateway: 'bpmn:ExclusiveGateway',
	via: 'bpmn:IntermediateThrowEvent',
};

/** What describes the file itself: the program that wrote it and the version of its data. */
export interface BpmnFileInfo {
	exporter: string;
	exporterVersion: string;
}

/**
 * Writes a process as BPMN 2.0 XML with its diagram: bpmn-moddle builds the model (one pool, a lane per level of
 * government), bpmn-auto-layout orders the nodes along the flow, and `placeInLanes` puts each in its lane.
 */
export async function toBpmnXml(graph: ProcessGraph, info: BpmnFileInfo): Promise<string> {
	const moddle = new BpmnModdle();
	const model = buildSemanticModel(moddle, graph, info);
	const layout = placeInLanes(graph, await gridOfAutoLayout(moddle, model.definitions));
	model.definitions.diagrams = [buildDiagram(moddle, model, layout)];
	return (await moddle.toXML(model.definitions, { format: true })).xml;
}

/** The BPMN elements of a process, by the ids of the graph. */
interface SemanticModel {
	definitions: ModdleElement;
	collaboration: ModdleElement;
	participant: ModdleElement;
	lanes: Map<string, ModdleElement>;
	elements: Map<string, ModdleElement>;
}

/** The process as BPMN elements: definitions, a collaboration with one participant, its process, lanes, nodes and flows. */
function buildSemanticModel(moddle: BpmnModdle, graph: ProcessGraph, info: BpmnFileInfo): SemanticModel {
	const elements = new Map<string, ModdleElement>();
	for (const node of graph.nodes) {
		const element = moddle.create(NODE_TYPES[node.kind], { id: node.id, incoming: [], outgoing: [] });
		if (node.name) element.name = node.name;
		if (node.documentation.length > 0) element.documentation = node.documentation.map((text) => moddle.create('bpmn:Documentation', { text }));
		elements.set(node.id, element);
	}
	const flows = graph.flows.map((flow) => {
		const source = elements.get(flow.source)!;
		const target = elements.get(flow.target)!;
		const element = moddle.create('bpmn:SequenceFlow', { id: flow.id, sourceRef: source, targetRef: target });
		if (flow.name) element.name = flow.name;
		if (flow.condition) element.conditionExpression = moddle.create('bpmn:Expression', { body: flow.condition });
		(source.outgoing as ModdleElement[]).push(element);
		(target.incoming as ModdleElement[]).push(element);
		elements.set(flow.id, element);
		return element;
	});
	for (const node of graph.nodes) {
		if (node.defaultFlow) elements.get(node.id)!.default = elements.get(node.defaultFlow);
	}
	const lanes = new Map(
		graph.lanes.map((lane) => [
			lane.id,
			moddle.create('bpmn:Lane', {
				id: `Lane_${lane.id}`,
				name: lane.name,
				flowNodeRef: graph.nodes.filter((node) => node.lane === lane.id).map((node) => elements.get(node.id)!),
			}),
		]),
	);
	const process = moddle.create('bpmn:Process', {
		id: 'Process_sop',
		name: graph.name,
		isExecutable: false,
		laneSets: [moddle.create('bpmn:LaneSet', { id: 'LaneSet_sop', lanes: [...lanes.values()] })],
		flowElements: [...graph.nodes.map((node) => elements.get(node.id)!), ...flows],
	});
	const participant = moddle.create('bpmn:Participant', { id: 'Participant_sop', name: graph.name, processRef: process });
	const collaboration = moddle.create('bpmn:Collaboration', { id: 'Collaboration_sop', participants: [participant] });
	const definitions = moddle.create('bpmn:Definitions', {
		id: 'Definitions_sop',
		targetNamespace: BPMN_TARGET_NAMESPACE,
		exporter: info.exporter,
		exporterVersion: info.exporterVersion,
		rootElements: [collaboration, process],
	});
	return { definitions, collaboration, participant, lanes, elements };
}

/** The column and row bpmn-auto-layout gives each node of a process. */
export async function autoLayoutGrid(graph: ProcessGraph): Promise<Map<string, GridCell>> {
	const moddle = new BpmnModdle();
	return gridOfAutoLayout(moddle, buildSemanticModel(moddle, graph, { exporter: '', exporterVersion: '' }).definitions);
}

/** The column and row bpmn-auto-layout gives each node (it lays out the process, not its pool or lanes). */
async function gridOfAutoLayout(moddle: BpmnModdle, definitions: ModdleElement): Promise<Map<string, GridCell>> {
	const { xml } = await moddle.toXML(definitions);
	const { rootElement } = await moddle.fromXML(await layoutProcess(xml));
	const grid = new Map<string, GridCell>();
	for (const diagram of rootElement.diagrams as ModdleElement[]) {
		const plane = diagram.plane as ModdleElement;
		for (const shape of (plane.planeElement ?? []) as ModdleElement[]) {
			if (shape.$type !== 'bpmndi:BPMNShape') continue;
			const bounds = shape.bounds as Box;
			const element = shape.bpmnElement as ModdleElement;
			// bpmn-auto-layout centres each shape in a cell of 150 × 140.
			grid.set(element.id!, { col: Math.round((bounds.x + bounds.width / 2 - 75) / 150), row: Math.round((bounds.y + bounds.height / 2 - 70) / 140) });
		}
	}
	return grid;
}

/** The diagram interchange of the laid-out process: the pool, its lanes, each node and flow, with their labels. */
function buildDiagram(moddle: BpmnModdle, model: SemanticModel, layout: ProcessLayout): ModdleElement {
	const bounds = (box: Box) => moddle.create('dc:Bounds', { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) });
	const label = (box: Box | undefined) => (box ? { label: moddle.create('bpmndi:BPMNLabel', { bounds: bounds(box) }) } : {});
	const planeElement: ModdleElement[] = [
		moddle.create('bpmndi:BPMNShape', { id: 'Participant_sop_di', bpmnElement: model.participant, isHorizontal: true, bounds: bounds(layout.pool) }),
	];
	for (const [laneId, lane] of model.lanes) {
		planeElement.push(moddle.create('bpmndi:BPMNShape', { id: `${lane.id}_di`, bpmnElement: lane, isHorizontal: true, bounds: bounds(layout.lanes[laneId]!) }));
	}
	for (const [id, box] of Object.entries(layout.shapes)) {
		const element = model.elements.get(id)!;
		const marker = element.$type === 'bpmn:ExclusiveGateway' ? { isMarkerVisible: true } : {};
		planeElement.push(moddle.create('bpmndi:BPMNShape', { id: `${id}_di`, bpmnElement: element, bounds: bounds(box), ...marker, ...label(layout.nodeLabels[id]) }));
	}
	for (const [id, points] of Object.entries(layout.waypoints)) {
		const waypoint = points.map(({ x, y }) => moddle.create('dc:Point', { x: Math.round(x), y: Math.round(y) }));
		planeElement.push(moddle.create('bpmndi:BPMNEdge', { id: `${id}_di`, bpmnElement: model.elements.get(id)!, waypoint, ...label(layout.flowLabels[id]) }));
	}
	const plane = moddle.create('bpmndi:BPMNPlane', { id: 'BPMNPlane_sop', bpmnElement: model.collaboration, planeElement });
	return moddle.create('bpmndi:BPMNDiagram', { id: 'BPMNDiagram_sop', plane });
}
