import { routes } from '../../site/routes';
import type { Lang, Office, Phase, Sop, Step } from '../../model/schema';
import { localePath, withBase } from '../../site/url';
import { buildFlow, type FlowGraph, type FlowNode } from './flow';
import type { Overview } from './overview';

/**
 * Mermaid's layout settings of each kind of diagram, written into its front matter so that any Mermaid editor lays it
 * out as the site does. Boxes as wide as their text (no minimum width) keep the five lanes of the whole flow within a
 * desktop column; the overview's boxes share one width and its rows stay close, so that it fits one screen. Text wraps
 * at `wrappingWidth`, or wider when a word of the diagram needs it (`wrappingWidthFor`).
 */
export const LAYOUTS = {
	flow: { wrappingWidth: 100, minNodeWidth: 0, nodeSpacing: 12 },
	overview: { wrappingWidth: 170, minNodeWidth: 100, nodeSpacing: 12, rankSpacing: 12 },
} as const satisfies Record<string, Record<string, number>>;

/**
 * About how wide a character of the diagram font is at its size, in pixels, by kind of letter (a little above the
 * font's own widths): Mermaid cuts a word wider than the wrapping width, so the width is made to hold the longest word.
 * Drawing fails, naming the word, if one is cut all the same.
 */
function characterWidth(char: string): number {
	if ('mwMW'.includes(char)) return 13;
	if ('fijlrtI.,;:()’\'-/'.includes(char)) return 4.8;
	if (char !== char.toLowerCase()) return 9.5;
	return 8.3;
}

/** The wrapping width of a diagram: at least `least`, and enough for the longest word of its labels (rounded up to 4 px). */
export function wrappingWidthFor(labels: string[], least: number): number {
	const width = (word: string) => [...word].reduce((sum, char) => sum + characterWidth(char), 0);
	const longest = Math.max(0, ...labels.flatMap((label) => label.split(/\s+/)).map(width));
	return Math.max(least, Math.ceil((longest + 8) / 4) * 4);
}

/** A class name Mermaid accepts and CSS can select (`sk-status-changed`). */
const CLASS_NAME = /^[a-z][a-z0-9-]*$/;

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
	/** The label of a decision's "no" branch, on which the SOP is silent. */
	no: string;
	/** The text of the node that ends it: ask the Sub Bagian. */
	ask: string;
}

/** A class for a step's box, or none: how a variant of the diagram marks steps (by their status, say), styled by the site's CSS. */
export type StepClassifier = (step: Step) => string | undefined;

/** What a Mermaid diagram is made from: the model, the language, the deployment base and, optionally, one phase. */
export interface FlowOptions {
	lang: Lang;
	base: string;
	labels: FlowLabels;
	phase?: string;
	/** A class for each step's box (a variant of the diagram); none by default. */
	stepClass?: StepClassifier;
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
export function flowToMermaid(flow: FlowGraph, { lang, base, labels, stepClass }: FlowOptions): MermaidSource {
	const lines: [string, Step | undefined][] = [];
	const add = (line: string, step?: Step) => lines.push([line, step]);
	for (const level of flow.lanes) {
		add(`subgraph ${laneId(level)}["${escapeLabel(labels.levels[level])}"]`);
		for (const node of flow.nodes.filter((n) => n.level === level)) add(`  ${nodeShape(node, labels, lang)}`, stepOf(node));
		add('end');
	}
	const nodeById = new Map(flow.nodes.map((node) => [node.id, node]));
	for (const edge of flow.edges) {
		const text = edge.branch === 'no' ? labels.no : edge.label?.[lang];
		const label = text ? `|"${escapeLabel(text)}"|` : '';
		const step = stepOf(nodeById.get(edge.from)!) ?? stepOf(nodeById.get(edge.to)!);
		add(edge.hidden ? `${edge.from} ~~~ ${edge.to}` : `${edge.from} -->${label} ${edge.to}`, step);
	}
	// Classes the renderer draws the SOP symbols by: capsules for start and end, pentagons for off-page connectors.
	const ofKinds = (...kinds: FlowNode['kind'][]) => flow.nodes.filter((node) => kinds.includes(node.kind)).map((node) => node.id);
	if (ofKinds('start', 'end').length > 0) add(`class ${ofKinds('start', 'end').join(',')} sk-terminal`);
	if (ofKinds('from', 'to').length > 0) add(`class ${ofKinds('from', 'to').join(',')} sk-connector`);
	if (ofKinds('ask').length > 0) add(`class ${ofKinds('ask').join(',')} sk-ask`);
	for (const [name, ids] of groupByClass(flow, stepClass)) add(`class ${ids.join(',')} ${name}`);
	for (const node of flow.nodes) {
		if (node.kind === 'step') add(`click ${node.id} href "${withBase(localePath(routes.step(node.step.id), lang), base)}"`, node.step);
	}
	const head = header(LAYOUTS.flow, labels, labelsOf(lines.map(([line]) => line))).map((line): [string, undefined] => [line, undefined]);
	const all = [...head, ...lines];
	return { text: all.map(([line]) => line).join('\n') + '\n', lineSteps: all.map(([, step]) => step) };
}

/** The words of the overview in one language. */
export interface OverviewLabels {
	title: string;
	description: string;
	/** The name of each lane, by level id. */
	levels: Record<string, string>;
	/** The text of a phase's box, from its number and title. */
	phase: (phase: Phase) => string;
	/** The text of the box naming the offices of another level that take part in a phase. */
	offices: (offices: Office[]) => string;
}

/** The diagram id of a phase's box in the overview. */
export function phaseNodeId(phase: Phase): string {
	return `p${phase.order}`;
}

/**
 * The Mermaid swimlane flowchart of the overview: one row per phase, its box (linked to the phase's page) in its lane,
 * a box naming the offices that take part in each other lane it touches, an arrow from each phase to the next.
 */
export function overviewToMermaid(overview: Overview, { lang, base, labels }: { lang: Lang; base: string; labels: OverviewLabels }): MermaidSource {
	const lines: string[] = [];
	const otherId = (phase: Phase, lane: string) => `${phaseNodeId(phase)}_${lane.replace(/-/g, '_')}`;
	for (const level of overview.lanes) {
		lines.push(`subgraph ${laneId(level)}["${escapeLabel(labels.levels[level])}"]`);
		for (const { phase, lane, others } of overview.phases) {
			if (lane === level) lines.push(`  ${phaseNodeId(phase)}["${escapeLabel(labels.phase(phase))}"]`);
			for (const other of others.filter((o) => o.lane === level)) lines.push(`  ${otherId(phase, level)}("${escapeLabel(labels.offices(other.offices))}")`);
		}
		lines.push('end');
	}
	overview.phases.forEach(({ phase, others }, i) => {
		const before = overview.phases[i - 1];
		if (before) {
			lines.push(`${phaseNodeId(before.phase)} --> ${phaseNodeId(phase)}`);
			// Unseen links keep the offices of a phase in its row, level with the phase's box.
			for (const other of others) lines.push(`${phaseNodeId(before.phase)} ~~~ ${otherId(phase, other.lane)}`);
		}
	});
	const taking = overview.phases.flatMap(({ phase, others }) => others.map((other) => otherId(phase, other.lane)));
	if (taking.length > 0) lines.push(`class ${taking.join(',')} sk-involved`);
	for (const { phase } of overview.phases) lines.push(`click ${phaseNodeId(phase)} href "${withBase(localePath(routes.phase(phase.id), lang), base)}"`);
	const all = [...header(LAYOUTS.overview, labels, labelsOf(lines)), ...lines];
	return { text: all.join('\n') + '\n', lineSteps: all.map(() => undefined) };
}

/** Escapes text for a quoted Mermaid label: quotes, `#` and angle brackets become Mermaid entities, line breaks spaces. */
export function escapeLabel(text: string): string {
	return oneLine(text).replace(/[#"<>]/g, (char) => `#${char.codePointAt(0)};`);
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The front matter (the swimlane layout and its settings), the diagram type and the accessible title and description. */
function header(layout: Record<string, number>, labels: { title: string; description: string }, texts: string[]): string[] {
	const settings = { ...layout, wrappingWidth: wrappingWidthFor(texts, layout.wrappingWidth ?? 0) };
	return [
		'---',
		'config:',
		'  layout: swimlane',
		'  flowchart:',
		...Object.entries(settings).map(([key, value]) => `    ${key}: ${value}`),
		'---',
		'flowchart TB',
		`accTitle: ${oneLine(labels.title)}`,
		`accDescr: ${oneLine(labels.description)}`,
	];
}

/** The quoted labels of Mermaid lines (boxes, lanes, arrows), links left out. */
function labelsOf(lines: string[]): string[] {
	return lines.filter((line) => !line.startsWith('click ')).flatMap((line) => [...line.matchAll(/"([^"]*)"/g)].map((match) => match[1]!));
}

/** The step boxes of each class a classifier gives, in the order of the steps. */
function groupByClass(flow: FlowGraph, stepClass: StepClassifier | undefined): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	if (!stepClass) return groups;
	for (const node of flow.nodes) {
		if (node.kind !== 'step') continue;
		const name = stepClass(node.step);
		if (name === undefined) continue;
		if (!CLASS_NAME.test(name)) throw new Error(`Step ${node.step.number}: "${name}" is not a class name (lower-case letters, digits and hyphens)`);
		groups.set(name, [...(groups.get(name) ?? []), node.id]);
	}
	return groups;
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
		case 'ask':
			return `${node.id}(["${escapeLabel(labels.ask)}"])`;
		case 'via':
			return `${node.id}("${escapeLabel(labels.via(node.office))}")`;
		case 'from':
			return `${node.id}["${escapeLabel(labels.fromStep(node.step))}"]`;
		case 'to':
			return `${node.id}["${escapeLabel(labels.toStep(node.step))}"]`;
	}
}
