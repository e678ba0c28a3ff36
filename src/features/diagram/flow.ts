import { getOffice, getPhase, getStep, orderedSteps, stepsOfPhase } from '../../model/query';
import { LEVELS, type Level, type Office, type Sop, type Step, type Text } from '../../model/schema';

/** A box, diamond or terminal of the flow diagram, placed in the lane of a level of government. */
export type FlowNode =
	| { kind: 'start' | 'end'; id: string; level: Level }
	| { kind: 'step' | 'decision'; id: string; level: Level; step: Step }
	| { kind: 'from' | 'to'; id: string; level: Level; step: Step }
	| { kind: 'via'; id: string; level: Level; step: Step; office: Office };

/** An arrow of the flow diagram; `label` names the branch of a decision. */
export interface FlowEdge {
	from: string;
	to: string;
	label?: Text;
}

/** The flow of the whole SOP or of one phase: nodes in reading order, arrows, and the lanes used, in layout order. */
export interface FlowGraph {
	nodes: FlowNode[];
	edges: FlowEdge[];
	lanes: Level[];
}

/** The diagram id of a step's box; it depends on the step number only, never on its text. */
export function stepNodeId(step: Step): string {
	return `s${step.number}`;
}

/** The lane of a step: the level of government of the office responsible for it. */
export function laneOfStep(sop: Sop, step: Step): Level {
	return getOffice(sop, step.responsible).level;
}

/** The lane of a step's decision: where an outside decider takes it (the first one of another level), else the step's lane. */
export function laneOfDecision(sop: Sop, step: Step): Level {
	const own = laneOfStep(sop, step);
	const levels = (step.decision?.decidedBy ?? []).map((id) => getOffice(sop, id).level);
	return levels.find((level) => level !== own) ?? own;
}

/** The offices of another level a step's routing passes through, other than those of the step's own lane and of its next steps. */
export function passedOffices(sop: Sop, step: Step): Office[] {
	const skip = new Set([laneOfStep(sop, step), ...step.next.map((edge) => laneOfStep(sop, getStep(sop, edge.to)))]);
	const offices = (step.routing ?? []).slice(1).map((id) => getOffice(sop, id));
	return offices.filter((office, i) => !skip.has(office.level) && office.id !== offices[i - 1]?.id);
}

/**
 * The flow of the whole SOP, or of one phase when `phaseId` is given. A phase's flow shows
 * arrows into and out of it as off-page connectors ("from step n", "to step n"), as printed SOPs do.
 */
export function buildFlow(sop: Sop, phaseId?: string): FlowGraph {
	const all = orderedSteps(sop);
	const steps = phaseId === undefined ? all : stepsOfPhase(sop, getPhase(sop, phaseId).id);
	const inside = new Set(steps.map((step) => step.id));
	const nodes: FlowNode[] = [];
	const edges: FlowEdge[] = [];
	const first = all[0]!;
	const last = all.at(-1)!;

	if (inside.has(first.id)) {
		nodes.push({ kind: 'start', id: 'mulai', level: laneOfStep(sop, first) });
		edges.push({ from: 'mulai', to: stepNodeId(first) });
	}
	for (const source of all.filter((step) => !inside.has(step.id))) {
		for (const edge of source.next.filter((e) => inside.has(e.to))) {
			const target = getStep(sop, edge.to);
			const id = `dari${source.number}`;
			if (!nodes.some((node) => node.id === id)) nodes.push({ kind: 'from', id, level: laneOfStep(sop, target), step: source });
			edges.push({ from: id, to: stepNodeId(target), ...(edge.when && { label: edge.when }) });
		}
	}
	for (const step of steps) {
		const id = stepNodeId(step);
		nodes.push({ kind: 'step', id, level: laneOfStep(sop, step), step });
		let exit = id;
		passedOffices(sop, step).forEach((office, i) => {
			const via = `m${step.number}_${i + 1}`;
			nodes.push({ kind: 'via', id: via, level: office.level, step, office });
			edges.push({ from: exit, to: via });
			exit = via;
		});
		if (step.decision) {
			exit = `k${step.number}`;
			nodes.push({ kind: 'decision', id: exit, level: laneOfDecision(sop, step), step });
			edges.push({ from: id, to: exit });
		}
		for (const edge of step.next) {
			const target = getStep(sop, edge.to);
			let to = stepNodeId(target);
			if (!inside.has(target.id)) {
				to = `ke${target.number}`;
				if (!nodes.some((node) => node.id === to)) nodes.push({ kind: 'to', id: to, level: laneOfStep(sop, step), step: target });
			}
			edges.push({ from: exit, to, ...(edge.when && { label: edge.when }) });
		}
	}
	if (inside.has(last.id)) {
		nodes.push({ kind: 'end', id: 'selesai', level: laneOfStep(sop, last) });
		edges.push({ from: stepNodeId(last), to: 'selesai' });
	}
	const used = new Set(nodes.map((node) => node.level));
	return { nodes, edges, lanes: LEVELS.filter((level) => used.has(level)) };
}
