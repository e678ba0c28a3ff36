import { routes } from '../../site/routes';
import type { Lang, Office, Sop, Step } from '../../model/schema';
import { localePath, withBase } from '../../site/url';
import { buildFlow, type FlowGraph, type FlowNode } from './flow';

/** The words the diagram needs in one language, from the interface strings. */
export interface FlowLabels {
	/** Short name of the diagram (`accTitle`, the SVG's `<title>`). */
	title: string;
	/** One-sentence description (`accDescr`, the SVG's `<desc>`). */
	description: string;
	start: string;
	end: string;
	/** The name of each lane, by level id. */
	levels: Record<string, string>;
	/** The text of a step's box, from its number and title. */
	step: (step: Step) => string;
	/** The text of a box the file passes through on its way (the Governor, say). */
	via: (office: Office) => string;
	/** The text of an off-page connector from a step outside the diagram. */
	fromStep: (step: Step) => string;
	/** The text of an off-page connector to a step outside the diagram. */
	toStep: (step: Step) => string;
}

/** What a Mermaid diagram is made from: the model, the language, the deployment base and, optionally, one phase. */
export interface FlowOptions {
	lang: Lang;
	base: string;
	labels: FlowLabels;
	phase?: string;
}

/** Mermaid text with, for each of its lines, the step the line concerns (to name it in an error). */
export interface MermaidSource {
	text: string;
	lineSteps: (Step | undefined)[];
}

/** The Mermaid swimlane flowchart of the SOP (or of one phase), every step box linked to its step page. */
export function toMermaid(sop: Sop, options: FlowOptions): MermaidSource {
	return flowToMermaid(buildFlow(sop, options.phase), options);
}

/** The Mermaid text of a flow graph. */
export function flowToMermaid(flow: FlowGraph, { lang, base, labels }: FlowOptions): MermaidSource {
	const lines: [string, Step | undefined][] = [];
	const add = (line: string, step?: Step) => lines.push([line, step]);
	// The swimlane layout, named in the text so that any Mermaid editor lays it out the same way.
	add('---');
	add('config:');
	add('  layout: swimlane');
	add('---');
	add('flowchart TB');
	add(`accTitle: ${oneLine(labels.title)}`);
	add(`accDescr: ${oneLine(labels.description)}`);
	for (const level of flow.lanes) {
		add(`subgraph ${laneId(level)}["${escapeLabel(labels.levels[level])}"]`);
		for (const node of flow.nodes.filter((n) => n.level === level)) add(`  ${nodeShape(node, labels, lang)}`, stepOf(node));
		add('end');
	}
	const nodeById = new Map(flow.nodes.map((node) => [node.id, node]));
	for (const edge of flow.edges) {
		const label = edge.label ? `|"${escapeLabel(edge.label[lang])}"|` : '';
		add(`${edge.from} -->${label} ${edge.to}`, stepOf(nodeById.get(edge.from)!) ?? stepOf(nodeById.get(edge.to)!));
	}
	// Classes the renderer draws the SOP symbols by: capsules for start and end, pentagons for off-page connectors.
	const ofKinds = (...kinds: FlowNode['kind'][]) => flow.nodes.filter((node) => kinds.includes(node.kind)).map((node) => node.id);
	if (ofKinds('start', 'end').length > 0) add(`class ${ofKinds('start', 'end').join(',')} sk-terminal`);
	if (ofKinds('from', 'to').length > 0) add(`class ${ofKinds('from', 'to').join(',')} sk-connector`);
	for (const node of flow.nodes) {
		if (node.kind === 'step') add(`click ${node.id} href "${withBase(localePath(routes.step(node.step.id), lang), base)}"`, node.step);
	}
	return { text: lines.map(([line]) => line).join('\n') + '\n', lineSteps: lines.map(([, step]) => step) };
}

/** Escapes text for a quoted Mermaid label: quotes, `#` and angle brackets become Mermaid entities, line breaks spaces. */
export function escapeLabel(text: string): string {
	return oneLine(text).replace(/[#"<>]/g, (char) => `#${char.codePointAt(0)};`);
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function laneId(level: string): string {
	return `lane_${level.replace(/-/g, '_')}`;
}

function stepOf(node: FlowNode): Step | undefined {
	return 'step' in node ? node.step : undefined;
}

function nodeShape(node: FlowNode, labels: FlowLabels, lang: Lang): string {
	switch (node.kind) {
		case 'start':
			return `${node.id}(["${escapeLabel(labels.start)}"])`;
		case 'end':
			return `${node.id}(["${escapeLabel(labels.end)}"])`;
		case 'step':
			return `${node.id}["${escapeLabel(labels.step(node.step))}"]`;
		case 'decision':
			return `${node.id}{"${escapeLabel(node.step.decision!.question[lang])}"}`;
		case 'via':
			return `${node.id}("${escapeLabel(labels.via(node.office))}")`;
		case 'from':
			return `${node.id}["${escapeLabel(labels.fromStep(node.step))}"]`;
		case 'to':
			return `${node.id}["${escapeLabel(labels.toStep(node.step))}"]`;
	}
}
