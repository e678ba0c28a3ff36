import { getOffice, getPhase, getStep, orderedSteps, stepsOfPhase } from '../../model/query';
import type { Office, Sop, Step, Text } from '../../model/schema';

/**
 * A box, diamond or terminal of the flow diagram, placed in the lane of a level of government. `ask` ends the "no"
 * branch of a decision, on which the SOP is silent: it tells the reader to ask the Sub Bagian.
 */
export type FlowNode =
	| { kind: 'start' | 'end'; id: string; level: string }
	| { kind: 'step' | 'decision' | 'ask'; id: string; level: string; step: Step }
	| { kind: 'from' | 'to'; id: string; level: string; step: Step }
	| { kind: 'via'; id: string; level: string; step: Step; office: Office };

/**
 * An arrow of the flow diagram; `label` names the branch of a decision or the case of a transition, `branch: 'no'` the
 * branch the SOP is silent on. A `hidden` link is not drawn: it only keeps one node below another.
 */
export interface FlowEdge {
	from: string;
	to: string;
	label?: Text;
	branch?: 'no';
	hidden?: true;
}

/** The flow of the whole SOP or of one phase: nodes in reading order, arrows, and the lanes used, in layout order. */
export interface FlowGraph {
	nodes: FlowNode[];
	edges: FlowEdge[];
	/** The ids of the levels of government whose lanes are used, in the model's order. */
	lanes: string[];
}

/** The diagram id of a step's box; it depends on the step number only, never on its text. */
export function stepNodeId(step: Step): string {
	return `s${step.number}`;
}

/** The diagram id of a step's decision diamond. */
export function decisionNodeId(step: Step): string {
	return `k${step.number}`;
}

/** The diagram id of the node that ends a decision's "no" branch ("ask the Sub Bagian"). */
export function askNodeId(step: Step): string {
	return `t${step.number}`;
}

/** Where arrows into a step land: its decision when the decision gates the step, else its box. */
export function entryNodeId(step: Step): string {
	return step.decision?.timing === 'before' ? decisionNodeId(step) : stepNodeId(step);
}

/** The lane of a step: the level of government of the office responsible for it. */
export function laneOfStep(sop: Sop, step: Step): string {
	return getOffice(sop, step.responsible).level;
}

/** The lane of a step's decision: where an outside decider takes it (the first one of another level), else the step's lane. */
export function laneOfDecision(sop: Sop, step: Step): string {
	const own = laneOfStep(sop, step);
	const levels = (step.decision?.decidedBy ?? []).map((id) => getOffice(sop, id).level);
	return levels.find((level) => level !== own) ?? own;
}

/** The offices of another level a step's routing passes through, other than those of the step's own lane and of its next steps. */
export function passedOffices(sop: Sop, step: Step): Office[] {
	const skip = new Set([laneOfStep(sop, step), ...step.next.map((edge) => laneOfStep(sop, getStep(sop, edge.to)))]);
	const offices = (step.routing?.via ?? []).slice(1).map((id) => getOffice(sop, id));
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
			edges.push({ from: id, to: entryNodeId(target), ...(edge.when && { label: edge.when }) });
		}
	}
	for (const step of steps) {
		const id = stepNodeId(step);
		if (step.decision?.timing === 'before') {
			// A decision that gates the step: the step happens on "yes".
			nodes.push({ kind: 'decision', id: decisionNodeId(step), level: laneOfDecision(sop, step), step });
			edges.push({ from: decisionNodeId(step), to: id, label: step.decision.yes });
			addSilentBranch(sop, step, nodes, edges);
		}
		nodes.push({ kind: 'step', id, level: laneOfStep(sop, step), step });
		let exit = id;
		passedOffices(sop, step).forEach((office, i) => {
			const via = `m${step.number}_${i + 1}`;
			nodes.push({ kind: 'via', id: via, level: office.level, step, office });
			edges.push({ from: exit, to: via });
			exit = via;
		});
		const decidedAfter = step.decision?.timing === 'after' ? step.decision : undefined;
		if (decidedAfter) {
			nodes.push({ kind: 'decision', id: decisionNodeId(step), level: laneOfDecision(sop, step), step });
			edges.push({ from: exit, to: decisionNodeId(step) });
			addSilentBranch(sop, step, nodes, edges);
			exit = decisionNodeId(step);
		}
		for (const edge of step.next) {
			const target = getStep(sop, edge.to);
			let to = entryNodeId(target);
			if (!inside.has(target.id)) {
				to = `ke${target.number}`;
				if (!nodes.some((node) => node.id === to)) nodes.push({ kind: 'to', id: to, level: laneOfStep(sop, step), step: target });
			}
			const label = edge.when ?? decidedAfter?.yes;
			edges.push({ from: exit, to, ...(label && { label }) });
		}
	}
	if (inside.has(last.id)) {
		nodes.push({ kind: 'end', id: 'selesai', level: laneOfStep(sop, last) });
		edges.push({ from: stepNodeId(last), to: 'selesai' });
	}
	keepSilentBranchesAside(nodes, edges);
	const used = new Set(nodes.map((node) => node.level));
	return { nodes, edges, lanes: sop.levels.map((level) => level.id).filter((level) => used.has(level)) };
}

/**
 * Where a decision's "yes" leads to a node of its own lane, the end of its "no" branch goes below that node (by an
 * unseen link), so that "yes" runs straight down and "no" goes round it, instead of both leaving the diamond askew.
 */
function keepSilentBranchesAside(nodes: FlowNode[], edges: FlowEdge[]): void {
	const levelOf = new Map(nodes.map((node) => [node.id, node.level]));
	for (const decision of nodes.filter((node) => node.kind === 'decision')) {
		const ask = edges.find((edge) => edge.from === decision.id && edge.branch === 'no')!.to;
		for (const yes of edges.filter((edge) => edge.from === decision.id && edge.branch === undefined && !edge.hidden)) {
			if (levelOf.get(yes.to) === decision.level) edges.push({ from: yes.to, to: ask, hidden: true });
		}
	}
}

/** The "no" branch of a step's decision: the SOP does not say what happens, so it ends in "ask the Sub Bagian", beside the decision. */
function addSilentBranch(sop: Sop, step: Step, nodes: FlowNode[], edges: FlowEdge[]): void {
	nodes.push({ kind: 'ask', id: askNodeId(step), level: laneOfDecision(sop, step), step });
	edges.push({ from: decisionNodeId(step), to: askNodeId(step), branch: 'no' });
}
