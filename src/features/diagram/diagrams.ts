import { translate } from './strings';
import type { DiagramRequest } from './diagram-store';
import { buildFlow, type FlowGraph } from './flow';
import { flowToMermaid, type FlowLabels } from './mermaid';
import { getLevel, getPhase, orderedPhases, orderedSteps } from '../../model/query';
import { LANGS, type Lang } from '../../model/languages';
import type { Sop } from '../../model/schema';

/** The name of a lane (a level of government) in a language. */
export function laneName(sop: Sop, levelId: string, lang: Lang): string {
	return getLevel(sop, levelId).name[lang];
}

/** The words of the diagram of the whole flow, or of one phase, in a language; `flow` is the graph when already built. */
export function flowLabels(sop: Sop, lang: Lang, phaseId?: string, flow: FlowGraph = buildFlow(sop, phaseId)): FlowLabels {
	const phase = phaseId === undefined ? undefined : getPhase(sop, phaseId);
	const lanes = flow.lanes.map((level) => laneName(sop, level, lang));
	return {
		title: phase
			? translate(lang, 'flow.phaseDiagramTitle', { number: phase.order, phase: phase.title[lang] })
			: translate(lang, 'flow.diagramTitle', { last: orderedSteps(sop).length }),
		description: translate(lang, 'flow.diagramDescription', { lanes: lanes.join(', ') }),
		start: translate(lang, 'flow.start'),
		end: translate(lang, 'flow.end'),
		levels: Object.fromEntries(sop.levels.map((level) => [level.id, level.name[lang]])),
		step: (step) => translate(lang, 'flow.step', { number: step.number, title: step.title[lang] }),
		via: (office) => translate(lang, 'flow.via', { office: office.name[lang] }),
		fromStep: (step) => translate(lang, 'flow.fromStep', { number: step.number }),
		toStep: (step) => translate(lang, 'flow.toStep', { number: step.number }),
	};
}

/** The id of a diagram's SVG: unique per language and phase, so that several diagrams can share a page. */
export function diagramId(lang: Lang, phaseId?: string): string {
	return phaseId === undefined ? `sk-flow-${lang}` : `sk-flow-${phaseId}-${lang}`;
}

/** The id of the heading over a diagram's list of steps (a page's table of contents links to it). */
export function flowListId(lang: Lang, phaseId?: string): string {
	return `${diagramId(lang, phaseId)}-langkah`;
}

/** What to draw for the whole flow, or one phase, in a language, with links under `base`. */
export function diagramRequest(sop: Sop, lang: Lang, base: string, phaseId?: string): DiagramRequest {
	base = base.endsWith('/') ? base : `${base}/`;
	const flow = buildFlow(sop, phaseId);
	const source = flowToMermaid(flow, { lang, base, labels: flowLabels(sop, lang, phaseId, flow) });
	return { id: diagramId(lang, phaseId), source, base };
}

/** Every diagram the site shows: the whole flow and each phase, in each language. */
export function allDiagramRequests(sop: Sop, base: string): DiagramRequest[] {
	return LANGS.flatMap((lang) => [undefined, ...orderedPhases(sop).map((phase) => phase.id)].map((phaseId) => diagramRequest(sop, lang, base, phaseId)));
}
