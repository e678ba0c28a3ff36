import { routes } from './routes';
import { orderedPhases, stepsOfPhase } from '../model/query';
import type { Lang, Phase, Sop, Step, Text } from '../model/schema';

/** A sidebar link as Starlight's config takes it: Indonesian label, English in `translations`, root-relative link. */
export interface SidebarLink {
	label: string;
	translations: { en: string };
	link: string;
}

/** A sidebar group as Starlight's config takes it. */
export interface SidebarGroup {
	label: string;
	translations: { en: string };
	items: SidebarLink[];
}

/** The labels the sidebar needs besides the model's own titles. */
export interface SidebarLabels {
	start: Text;
	home: Text;
	summary: Text;
	flow: Text;
	wizard: Text;
	roles: Text;
	documents: Text;
	about: Text;
	glossary: Text;
	sopTable: Text;
	phaseOverview: Text;
	phase: (phase: Phase, lang: Lang) => string;
	step: (step: Step, lang: Lang) => string;
}

/** The sidebar: a start group of the reference pages, then one group per phase with its overview page first and its steps. */
export function buildSidebar(sop: Sop, labels: SidebarLabels): SidebarGroup[] {
	const start = group(labels.start, [
		link(labels.home, routes.home()),
		link(labels.wizard, routes.position()),
		link(labels.summary, routes.summary()),
		link(labels.flow, routes.flow()),
		link(labels.sopTable, routes.sopTable()),
		link(labels.roles, routes.roles()),
		link(labels.documents, routes.documents()),
		link(labels.glossary, routes.glossary()),
		link(labels.about, routes.about()),
	]);
	const phases = orderedPhases(sop).map((phase) =>
		group(both((lang) => labels.phase(phase, lang)), [
			link(labels.phaseOverview, routes.phase(phase.id)),
			...stepsOfPhase(sop, phase.id).map((step) => link(both((lang) => labels.step(step, lang)), routes.step(step.id))),
		]),
	);
	return [start, ...phases];
}

function both(label: (lang: Lang) => string): Text {
	return { id: label('id'), en: label('en') };
}

function link(label: Text, path: string): SidebarLink {
	return { label: label.id, translations: { en: label.en }, link: path };
}

function group(label: Text, items: SidebarLink[]): SidebarGroup {
	return { label: label.id, translations: { en: label.en }, items };
}
