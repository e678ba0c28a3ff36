import { translate } from './strings';
import { getLevel, getOffice, getStep, orderedSteps } from '../../model/query';
import type { Lang } from '../../model/languages';
import type { Office, Sop, Step } from '../../model/schema';

/** A node of the BPMN process: an event, a task (one per step), an exclusive gateway, or an office of another level a step's file passes through (an intermediate event). */
export interface ProcessNode {
	/** The BPMN id, stable across versions: made from the step's id, never from its number. */
	id: string;
	kind: 'start' | 'end' | 'task' | 'gateway' | 'via';
	/** The label; a gateway that only joins flows has none. */
	name?: string;
	/** The id of the level of government whose lane holds the node. */
	lane: string;
	/** Notes a modeller shows beside the node: the SOP's sentence, verbatim, and the office responsible. */
	documentation: string[];
	/** The id of the flow taken when no condition holds (the "no" of a decision the SOP leaves open). */
	defaultFlow?: string;
}

/** A sequence flow; `condition` carries the words that say when it is taken (a natural-language BPMN expression). */
export interface ProcessFlow {
	id: string;
	source: string;
	target: string;
	name?: string;
	condition?: string;
}

/** A lane of the pool: a level of government of the model, in the model's order. */
export interface ProcessLane {
	id: string;
	name: string;
}

/** The SOP as one BPMN process: what `toBpmnXml` writes, before any layout. */
export interface ProcessGraph {
	name: string;
	lanes: ProcessLane[];
	nodes: ProcessNode[];
	flows: ProcessFlow[];
}

/** The BPMN id of a step's task. */
export function taskId(step: Pick<Step, 'id'>): string {
	return `Task_${step.id}`;
}

/** The lane of a step: the level of government of its responsible office. */
function laneOfStep(sop: Sop, step: Step): string {
	return getOffice(sop, step.responsible).level;
}

/** The lane of a step's decision, as in the flow diagram: the first decider of another level, else the step's own lane. */
function laneOfDecision(sop: Sop, step: Step): string {
	const own = laneOfStep(sop, step);
	return (step.decision?.decidedBy ?? []).map((id) => getOffice(sop, id).level).find((level) => level !== own) ?? own;
}

/**
 * The offices of another level a step's route passes through, as the flow diagram shows them: not those of the step's
 * own lane or of its next steps' lanes, and an office named twice in a row once.
 */
function passedOffices(sop: Sop, step: Step): Office[] {
	const skip = new Set([laneOfStep(sop, step), ...step.next.map((edge) => laneOfStep(sop, getStep(sop, edge.to)))]);
	const offices = (step.routing?.via ?? []).slice(1).map((id) => getOffice(sop, id));
	return offices.filter((office, i) => !skip.has(office.level) && office.id !== offices[i - 1]?.id);
}

/**
 * The SOP as one BPMN process in a language: a start event, a task per step ("12. title"), an exclusive gateway per
 * decision (before a step it gates, after a step it follows), a "no" branch to an end event that says the SOP is silent
 * and names the Sub Bagian, gateways where flows join or fork (the repeat of steps 20–22), and an end event.
 */
export function buildProcessGraph(sop: Sop, lang: Lang): ProcessGraph {
	const steps = orderedSteps(sop);
	const nodes: ProcessNode[] = [];
	const flows: ProcessFlow[] = [];
	const incoming = new Map<string, number>(steps.map((step) => [step.id, 0]));
	incoming.set(steps[0]!.id, 1);
	for (const step of steps) for (const edge of step.next) incoming.set(edge.to, incoming.get(edge.to)! + 1);

	const connect = (source: string, target: string, label?: { name: string; condition: boolean }): ProcessFlow => {
		const flow: ProcessFlow = { id: `Flow_${source}_${target}`, source, target };
		if (label) {
			flow.name = label.name;
			if (label.condition) flow.condition = label.name;
		}
		flows.push(flow);
		return flow;
	};
	/** The "no" of a decision: the default flow of its gateway, to an end event that points to the Sub Bagian. */
	const unspecifiedBranch = (gateway: ProcessNode, step: Step) => {
		const end: ProcessNode = {
			id: `Event_${step.id}_unspecified`,
			kind: 'end',
			name: translate(lang, 'bpmn.unspecified', { unit: translate(lang, 'contact.unit') }),
			lane: gateway.lane,
			documentation: [],
		};
		nodes.push(end);
		gateway.defaultFlow = connect(gateway.id, end.id, { name: translate(lang, 'bpmn.no'), condition: false }).id;
	};
	const decisionGateway = (step: Step): ProcessNode => ({
		id: `Gateway_${step.id}_decision`,
		kind: 'gateway',
		name: step.decision!.question[lang],
		lane: laneOfDecision(sop, step),
		documentation: [],
	});
	/** Where flows into a step arrive: a joining gateway when several do, else its gating decision, else its task. */
	const entryOf = (step: Step): string => {
		if (incoming.get(step.id)! > 1) return `Gateway_${step.id}_join`;
		return step.decision?.timing === 'before' ? `Gateway_${step.id}_decision` : taskId(step);
	};

	const start: ProcessNode = { id: 'Event_start', kind: 'start', name: translate(lang, 'bpmn.start'), lane: laneOfStep(sop, steps[0]!), documentation: [] };
	nodes.push(start);
	connect(start.id, entryOf(steps[0]!));

	for (const step of steps) {
		const task: ProcessNode = {
			id: taskId(step),
			kind: 'task',
			name: `${step.number}. ${step.title[lang]}`,
			lane: laneOfStep(sop, step),
			documentation: [step.sopText, `${translate(lang, 'field.responsible')}: ${getOffice(sop, step.responsible).name[lang]}`],
		};
		const gating = step.decision?.timing === 'before' ? decisionGateway(step) : undefined;
		if (incoming.get(step.id)! > 1) {
			const join: ProcessNode = { id: `Gateway_${step.id}_join`, kind: 'gateway', lane: task.lane, documentation: [] };
			nodes.push(join);
			connect(join.id, gating?.id ?? task.id);
		}
		if (gating) {
			nodes.push(gating);
			connect(gating.id, task.id, { name: step.decision!.yes[lang], condition: true });
			unspecifiedBranch(gating, step);
		}
		nodes.push(task);

		let exit = task;
		passedOffices(sop, step).forEach((office, i) => {
			const via: ProcessNode = { id: `Event_${step.id}_via_${i + 1}`, kind: 'via', name: translate(lang, 'bpmn.via', { office: office.name[lang] }), lane: office.level, documentation: [] };
			nodes.push(via);
			connect(exit.id, via.id);
			exit = via;
		});
		// Where the step leads: its next steps, and the end of the procedure after the last step.
		const exits = step.next.map((edge) => {
			const target = getStep(sop, edge.to);
			return { target: entryOf(target), when: edge.when?.[lang], fallback: translate(lang, 'step.label', { number: target.number }) };
		});
		if (step === steps.at(-1) || exits.length === 0) exits.push({ target: 'Event_end', when: undefined, fallback: translate(lang, 'bpmn.end') });
		const after = step.decision?.timing === 'after' ? step.decision : undefined;
		const exitBefore = exit.id;
		if (after) {
			exit = decisionGateway(step);
			nodes.push(exit);
			connect(exitBefore, exit.id);
		} else if (exits.length > 1) {
			exit = { id: `Gateway_${step.id}_split`, kind: 'gateway', name: translate(lang, 'bpmn.split', { number: step.number }), lane: task.lane, documentation: [] };
			nodes.push(exit);
			connect(exitBefore, exit.id);
		}
		if (exits.some(({ target }) => target === 'Event_end')) {
			nodes.push({ id: 'Event_end', kind: 'end', name: translate(lang, 'bpmn.end'), lane: exit.lane, documentation: [] });
		}
		for (const { target, when, fallback } of exits) {
			const name = when ?? after?.yes[lang];
			if (exit.kind !== 'gateway') connect(exit.id, target);
			else if (name !== undefined) connect(exit.id, target, { name, condition: true });
			// The one unlabelled branch of a fork is its default; another (which the SOP's model does not have) is named by its target.
			else if (exit.defaultFlow === undefined) exit.defaultFlow = connect(exit.id, target).id;
			else connect(exit.id, target, { name: fallback, condition: true });
		}
		if (after) unspecifiedBranch(exit, step);
	}

	const used = new Set(nodes.map((node) => node.lane));
	return {
		name: translate(lang, 'site.title'),
		lanes: sop.levels.filter((level) => used.has(level.id)).map((level) => ({ id: level.id, name: getLevel(sop, level.id).name[lang] })),
		nodes,
		flows,
	};
}
