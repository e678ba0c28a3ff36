import { routes } from './routes';
import { orderedPhases, stepsOfPhase } from '../model/query';
import { LANGS, MAIN_LANG, perLang, type Lang } from '../model/languages';
import type { Phase, Sop, Step, Text } from '../model/schema';

/** A sidebar link as Starlight's config takes it: the main language's label, the others in `translations`, root-relative link. */
export interface SidebarLink {
	label: string;
	translations: Partial<Record<Lang, string>>;
	link: string;
}

/** A sidebar group as Starlight's config takes it. */
export interface SidebarGroup {
	label: string;
	translations: Partial<Record<Lang, string>>;
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
	data: Text;
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
		link(labels.data, routes.data()),
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
	return perLang(label);
}

/** The label in the main language, and the others as Starlight's `translations`. */
function labelled(label: Text): { label: string; translations: Partial<Record<Lang, string>> } {
	return { label: label[MAIN_LANG], translations: Object.fromEntries(LANGS.filter((lang) => lang !== MAIN_LANG).map((lang) => [lang, label[lang]])) };
}

function link(label: Text, path: string): SidebarLink {
	return { ...labelled(label), link: path };
}

function group(label: Text, items: SidebarLink[]): SidebarGroup {
	return { ...labelled(label), items };
}
