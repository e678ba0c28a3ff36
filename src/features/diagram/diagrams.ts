import { translate } from './strings';
import type { DiagramRequest } from './diagram-store';
import { buildFlow } from './flow';
import { toMermaid, type FlowLabels } from './mermaid';
import { getPhase, orderedPhases, orderedSteps } from '../../model/query';
import { LANGS, type Lang } from '../../model/languages';
import { LEVELS, type Level, type Sop } from '../../model/schema';


/** The name of a lane (a level of government) in a language. */
export function laneName(level: Level, lang: Lang): string {
	return translate(lang, `level.${level}`);
}

/** The words of the diagram of the whole flow, or of one phase, in a language. */
export function flowLabels(sop: Sop, lang: Lang, phaseId?: string): FlowLabels {
	const phase = phaseId === undefined ? undefined : getPhase(sop, phaseId);
	const lanes = buildFlow(sop, phaseId).lanes.map((level) => laneName(level, lang));
	return {
		title: phase
			? translate(lang, 'flow.phaseDiagramTitle', { number: phase.order, phase: phase.title[lang] })
			: translate(lang, 'flow.diagramTitle', { last: orderedSteps(sop).length }),
		description: translate(lang, 'flow.diagramDescription', { lanes: lanes.join(', ') }),
		start: translate(lang, 'flow.start'),
		end: translate(lang, 'flow.end'),
		levels: Object.fromEntries(LEVELS.map((level) => [level, laneName(level, lang)])) as Record<Level, string>,
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
	const source = toMermaid(sop, { lang, base, labels: flowLabels(sop, lang, phaseId), ...(phaseId !== undefined && { phase: phaseId }) });
	return { id: diagramId(lang, phaseId), source, base };
}

/** Every diagram the site shows: the whole flow and each phase, in each language. */
export function allDiagramRequests(sop: Sop, base: string): DiagramRequest[] {
	return LANGS.flatMap((lang) => [undefined, ...orderedPhases(sop).map((phase) => phase.id)].map((phaseId) => diagramRequest(sop, lang, base, phaseId)));
}
