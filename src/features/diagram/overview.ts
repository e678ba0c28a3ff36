import { getOffice, orderedPhases, stepsOfPhase } from '../../model/query';
import type { Office, Phase, Sop, Step } from '../../model/schema';
import { laneOfStep } from './flow';

/** The offices of one level of government that take part in a phase. */
export interface OverviewLane {
	lane: string;
	offices: Office[];
}

/** A phase in the overview: its box sits in its own lane; the other lanes it touches name the offices that take part there. */
export interface OverviewPhase {
	phase: Phase;
	steps: Step[];
	/** The lane of the box: where most of the phase's steps are done (the earliest one's lane on a tie). */
	lane: string;
	/** The other lanes the phase touches, in the model's lane order. */
	others: OverviewLane[];
}

/** The shape of the whole procedure: each phase across the lanes it touches, and the lanes used, in the model's order. */
export interface Overview {
	phases: OverviewPhase[];
	lanes: string[];
}

/** The offices a step names, in order: who acts, who takes part, who decides, whom the file passes through. */
export function officesOfStep(sop: Sop, step: Step): Office[] {
	const ids = [step.responsible, ...step.involved, ...(step.decision?.decidedBy ?? []), ...(step.routing?.via ?? [])];
	return [...new Set(ids)].map((id) => getOffice(sop, id));
}

/** The lane a phase's box sits in: the lane of most of its steps, the earliest step's lane on a tie. */
export function laneOfPhase(sop: Sop, steps: Step[]): string {
	const counts = new Map<string, number>();
	for (const step of steps) counts.set(laneOfStep(sop, step), (counts.get(laneOfStep(sop, step)) ?? 0) + 1);
	const most = Math.max(...counts.values());
	return [...counts].find(([, count]) => count === most)![0];
}

/** The overview of the SOP: its phases in order, each in its lane, with the other levels of government it touches. */
export function buildOverview(sop: Sop): Overview {
	const order = sop.levels.map((level) => level.id);
	const phases = orderedPhases(sop).map((phase) => {
		const steps = stepsOfPhase(sop, phase.id);
		const lane = laneOfPhase(sop, steps);
		const offices = [...new Set(steps.flatMap((step) => officesOfStep(sop, step)))];
		const others = order
			.filter((level) => level !== lane)
			.map((level) => ({ lane: level, offices: offices.filter((office) => office.level === level) }))
			.filter((other) => other.offices.length > 0);
		return { phase, steps, lane, others };
	});
	const used = new Set(phases.flatMap((phase) => [phase.lane, ...phase.others.map((other) => other.lane)]));
	return { phases, lanes: order.filter((level) => used.has(level)) };
}

/** How the list of phases names the offices of another lane: "Gubernur (Provinsi Jawa Barat)", or the lane's name alone when it already names them. */
export function takingPart(offices: string, lane: string, format: (values: { offices: string; lane: string }) => string): string {
	return lane.toLowerCase().includes(offices.toLowerCase()) ? lane : format({ offices, lane });
}
