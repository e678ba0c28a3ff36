import { translate } from './strings';
import type { DiagramRequest } from './diagram-store';
import { buildFlow, type FlowGraph } from './flow';
import { flowToMermaid, overviewToMermaid, type FlowLabels, type OverviewLabels, type StepClassifier } from './mermaid';
import { buildOverview } from './overview';
import { getLevel, getPhase, orderedPhases, orderedSteps } from '../../model/query';
import { LANGS, type Lang } from '../../model/languages';
import type { Sop } from '../../model/schema';

/**
 * A variant of a flow diagram that marks each step with a class (its status against a later regulation, say): `id`
 * names the variant in the SVG's id, so that it can share a page with the plain diagram; the classes are styled by the
 * site's CSS (a rule for `.sk-flow .node.<class> .label-container`).
 */
export interface DiagramVariant {
	id: string;
	stepClass: StepClassifier;
}

/** The name of a lane (a level of government) in a language. */
export function laneName(sop: Sop, levelId: string, lang: Lang): string {
	return getLevel(sop, levelId).name[lang];
}

/** The lane names of a language, by level id. */
function laneNames(sop: Sop, lang: Lang): Record<string, string> {
	return Object.fromEntries(sop.levels.map((level) => [level.id, level.name[lang]]));
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
		levels: laneNames(sop, lang),
		step: (step) => translate(lang, 'flow.step', { number: step.number, title: step.title[lang] }),
		via: (office) => translate(lang, 'flow.via', { office: office.short[lang] }),
		fromStep: (step) => translate(lang, 'flow.fromStep', { number: step.number }),
		toStep: (step) => translate(lang, 'flow.toStep', { number: step.number }),
		no: translate(lang, 'flow.no'),
		ask: translate(lang, 'flow.ask', { unit: translate(lang, 'contact.unit') }),
	};
}

/** The words of the overview in a language. */
export function overviewLabels(sop: Sop, lang: Lang): OverviewLabels {
	const { lanes } = buildOverview(sop);
	return {
		title: translate(lang, 'overview.diagramTitle', { phases: sop.phases.length }),
		description: translate(lang, 'overview.diagramDescription', { lanes: lanes.map((level) => laneName(sop, level, lang)).join(', ') }),
		levels: laneNames(sop, lang),
		phase: (phase) => translate(lang, 'overview.phase', { number: phase.order, title: phase.title[lang] }),
		offices: (offices) => offices.map((office) => office.short[lang]).join(', '),
	};
}

/** The id of a diagram's SVG: unique per language, phase and variant, so that several diagrams can share a page. */
export function diagramId(lang: Lang, phaseId?: string, variant?: Pick<DiagramVariant, 'id'>): string {
	return ['sk-flow', variant?.id, phaseId, lang].filter(Boolean).join('-');
}

/** The id of the overview's SVG in a language. */
export function overviewId(lang: Lang): string {
	return `sk-overview-${lang}`;
}

/** The id of the heading over a diagram's list of steps (a page's table of contents links to it). */
export function flowListId(lang: Lang, phaseId?: string, variant?: Pick<DiagramVariant, 'id'>): string {
	return `${diagramId(lang, phaseId, variant)}-langkah`;
}

/** What to draw for the whole flow, or one phase, in a language, with links under `base`, plain or as a variant. */
export function diagramRequest(sop: Sop, lang: Lang, base: string, phaseId?: string, variant?: DiagramVariant): DiagramRequest {
	base = withSlash(base);
	const flow = buildFlow(sop, phaseId);
	const source = flowToMermaid(flow, { lang, base, labels: flowLabels(sop, lang, phaseId, flow), stepClass: variant?.stepClass });
	return { id: diagramId(lang, phaseId, variant), source, base, fontText: diagramCharacters(sop) };
}

/** What to draw for the overview in a language, with links under `base`. */
export function overviewRequest(sop: Sop, lang: Lang, base: string): DiagramRequest {
	base = withSlash(base);
	const source = overviewToMermaid(buildOverview(sop), { lang, base, labels: overviewLabels(sop, lang) });
	return { id: overviewId(lang), source, base, fontText: diagramCharacters(sop) };
}

/** Every diagram the site shows: the overview, the whole flow and each phase, in each language, and the whole flow of each variant. */
export function allDiagramRequests(sop: Sop, base: string, variants: DiagramVariant[] = []): DiagramRequest[] {
	return LANGS.flatMap((lang) => [
		overviewRequest(sop, lang, base),
		...[undefined, ...orderedPhases(sop).map((phase) => phase.id)].map((phaseId) => diagramRequest(sop, lang, base, phaseId)),
		...variants.map((variant) => diagramRequest(sop, lang, base, undefined, variant)),
	]);
}

const characters = new WeakMap<Sop, string>();

/**
 * Every character the site's diagrams use, in every language: each diagram's font covers them all, so that every
 * diagram page loads the same font file (once, then from the browser's cache).
 */
export function diagramCharacters(sop: Sop): string {
	if (!characters.has(sop)) {
		const texts = LANGS.flatMap((lang) => [
			overviewToMermaid(buildOverview(sop), { lang, base: '/', labels: overviewLabels(sop, lang) }).text,
			...[undefined, ...orderedPhases(sop).map((phase) => phase.id)].map(
				(phaseId) => flowToMermaid(buildFlow(sop, phaseId), { lang, base: '/', labels: flowLabels(sop, lang, phaseId) }).text,
			),
		]);
		characters.set(sop, [...new Set(texts.join('').replace(/\s/g, ''))].sort().join(''));
	}
	return characters.get(sop)!;
}

function withSlash(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}
