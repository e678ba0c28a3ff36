import type { ResultKey, ResultStrings } from './strings';
import type { Lang } from '../../model/schema';
import { documentOf, officeOf, type WizardSop, type WizardStep } from './model';
import type { Outcome } from './outcome';
import { isSilentDecision, type Position, type StepAhead } from './position';
import { formatQuery, type Answer } from './query-string';
import { h, type VElement, type VNode } from './vnode';

/** The URLs the result links to. */
export interface WizardLinks {
	/** The page of a step. */
	step(stepId: string): string;
	/** The wizard page with a query string ("" for its start). */
	wizard(query: string): string;
	/** The role page of an office, or undefined while there is none. */
	office(officeId: string): string | undefined;
}

/** Everything the result view needs besides the model and the outcome. */
export interface ViewContext {
	lang: Lang;
	strings: ResultStrings;
	links: WizardLinks;
}

/** Fills `{name}` placeholders of a string template. */
export function fillTemplate(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The result of an outcome as an element tree: the one description both the prerendered pages and the browser render. */
export function viewOutcome(sop: WizardSop, outcome: Outcome, ctx: ViewContext): VElement {
	if (outcome.kind === 'position') return viewPosition(sop, outcome.position, outcome, ctx);
	if (outcome.kind === 'contradiction') return viewContradiction(outcome, ctx);
	const t = translator(ctx);
	if (outcome.problem === 'no-documents') return h('div', { class: 'sk-problem', 'data-sk-view': 'problem' }, h('p', {}, t('wizard.documents.none')));
	return h(
		'div',
		{ class: 'sk-problem', 'data-sk-view': 'problem' },
		h('h2', { id: 'sk-problem-heading', tabindex: '-1' }, t('wizard.error.title')),
		h('p', {}, t('wizard.error.body', { reason: t(`wizard.problem.${outcome.problem}`) })),
	);
}

/** An office by name (or abbreviation, in lists); the one place that links it to its role page, once `links.office` gives one. */
export function viewOffice(office: WizardSop['offices'][number], ctx: ViewContext, form: 'name' | 'abbr' = 'name'): VNode {
	const label = form === 'abbr' ? office.short[ctx.lang] : office.name[ctx.lang];
	const url = ctx.links.office(office.id);
	return url ? h('a', { href: url }, label) : label;
}

function viewPosition(sop: WizardSop, p: Position, outcome: Extract<Outcome, { kind: 'position' }>, ctx: ViewContext): VElement {
	const t = translator(ctx);
	const counts = { phase: p.phaseNumber, phases: p.phaseCount, step: p.stepNumber, steps: p.stepCount };
	return h(
		'section',
		{ class: 'sk-result', 'data-sk-view': 'result', 'aria-labelledby': 'sk-result-heading' },
		h('h2', { id: 'sk-result-heading', tabindex: '-1' }, t('result.heading')),
		h('p', { id: 'sk-result-where', class: 'sk-result-where' }, t('result.where', counts)),
		h('progress', { class: 'sk-progress', max: p.stepCount, value: p.stepNumber, 'aria-labelledby': 'sk-result-where' }, t('result.progress', counts)),
		h('p', {}, t('result.done'), ' ', stepLink(p.done, ctx), ' (', t('phase.label', { number: p.phaseNumber }), ': ', p.phase.title[ctx.lang], ')'),
		outcome.evidence && h('p', {}, t('result.evidence', { document: outcome.evidence.name[ctx.lang] })),
		p.done.decision && viewDecision(sop, p.done, ctx),
		p.next.length === 0
			? h('p', { class: 'sk-complete' }, t('result.complete', { steps: p.stepCount }))
			: part('sk-next-heading', t('result.next'), p.next.map((ahead) => viewNext(sop, ahead, ctx))),
		p.preview.length > 0 && part('sk-after-heading', t('result.after'), [h('ol', { class: 'sk-preview' }, p.preview.map((ahead) => h('li', {}, viewAhead(sop, ahead, ctx))))]),
		p.ongoing.length > 0 &&
			part('sk-ongoing-heading', t('result.ongoing'), [
				h('p', {}, t('result.ongoingIntro')),
				h('ul', { class: 'sk-ongoing' }, p.ongoing.map((step) => h('li', {}, stepLink(step, ctx)))),
			]),
		viewActions(outcome.answer, ctx),
	);
}

/** A titled part of the result: a section named by its heading. */
function part(id: string, title: string, children: VNode[]): VElement {
	return h('section', { class: 'sk-part', 'aria-labelledby': id }, h('h3', { id }, title), children);
}

function viewNext(sop: WizardSop, ahead: StepAhead, ctx: ViewContext): VElement {
	const t = translator(ctx);
	const { step } = ahead;
	return h(
		'div',
		{ class: 'sk-next' },
		ahead.when && h('p', { class: 'sk-when' }, t('result.when', { when: ahead.when[ctx.lang] })),
		h('p', { class: 'sk-next-title' }, stepLink(step, ctx)),
		h(
			'dl',
			{ class: 'sk-facts' },
			h('dt', {}, t('field.responsible')),
			h('dd', {}, viewOffice(officeOf(sop, step.responsible), ctx), step.responsibleImplicit && h('span', { class: 'sk-result-note' }, t('field.responsibleImplicit'))),
			h('dt', {}, t('result.prepare')),
			h('dd', {}, viewDocuments(sop, step.requires, ctx, true)),
			h('dt', {}, t('result.produces')),
			h('dd', {}, viewDocuments(sop, step.produces, ctx, false)),
		),
		step.decision && viewDecision(sop, step, ctx),
	);
}

function viewAhead(sop: WizardSop, ahead: StepAhead, ctx: ViewContext): VNode[] {
	const t = translator(ctx);
	return [
		h('p', { class: 'sk-next-title' }, stepLink(ahead.step, ctx)),
		ahead.when ? h('p', { class: 'sk-when' }, t('result.when', { when: ahead.when[ctx.lang] })) : '',
		h('p', {}, t('field.responsible'), ': ', viewOffice(officeOf(sop, ahead.step.responsible), ctx)),
		ahead.step.decision ? viewDecision(sop, ahead.step, ctx) : '',
	];
}

function viewDecision(sop: WizardSop, step: WizardStep, ctx: ViewContext): VElement | '' {
	if (!step.decision) return '';
	const t = translator(ctx);
	const offices = joinNodes(step.decision.decidedBy.map((id) => viewOffice(officeOf(sop, id), ctx, 'abbr')));
	return h(
		'div',
		{ class: 'sk-decision' },
		h('p', {}, t('result.decision', { question: step.decision.question[ctx.lang] }), ' ', t('result.decidedBy'), ' ', ...offices, '.'),
		isSilentDecision(step) && h('p', { class: 'sk-silent' }, t('result.silent')),
	);
}

function viewDocuments(sop: WizardSop, ids: string[], ctx: ViewContext, withReceivers: boolean): VElement {
	const t = translator(ctx);
	if (ids.length === 0) return h('p', { class: 'sk-none' }, t('field.none'));
	return h(
		'ul',
		{ class: 'sk-docs' },
		ids.map((id) => {
			const doc = documentOf(sop, id);
			if (!withReceivers) return h('li', {}, doc.name[ctx.lang]);
			const receivers =
				doc.addressedTo.length === 0
					? [t('result.receiverUnknown')]
					: [t('result.receivedBy'), ' ', ...joinNodes(doc.addressedTo.map((office) => viewOffice(officeOf(sop, office), ctx, 'abbr')))];
			return h('li', {}, doc.name[ctx.lang], ' (', ...receivers, ')');
		}),
	);
}

function viewContradiction(outcome: Extract<Outcome, { kind: 'contradiction' }>, ctx: ViewContext): VElement {
	const t = translator(ctx);
	const { furthest, evidence, missing } = outcome.inference;
	return h(
		'section',
		{ class: 'sk-result sk-contradiction', 'data-sk-view': 'result', 'aria-labelledby': 'sk-result-heading' },
		h('h2', { id: 'sk-result-heading', tabindex: '-1' }, t('contradiction.heading')),
		h('p', {}, t('contradiction.intro', { document: evidence.name[ctx.lang], number: furthest.number })),
		h(
			'ul',
			{ class: 'sk-missing' },
			missing.map((m) => h('li', {}, m.document.name[ctx.lang], ': ', t('contradiction.producedAt'), ' ', stepLink(m.producedBy, ctx))),
		),
		h('p', { class: 'sk-silent' }, t('contradiction.advice')),
		h('p', {}, h('a', { href: ctx.links.wizard(formatQuery({ kind: 'step', step: furthest.id, edit: false })), 'data-sk-nav': 'answer' }, t('contradiction.assume', { number: furthest.number }))),
		viewActions(outcome.answer, ctx),
	);
}

function viewActions(answer: Answer, ctx: ViewContext): VElement {
	const t = translator(ctx);
	const edit = answer.kind === 'start' ? '' : formatQuery({ ...answer, edit: true });
	return h(
		'p',
		{ class: 'sk-actions' },
		h('a', { href: ctx.links.wizard(edit), 'data-sk-nav': 'edit' }, t('result.change')),
		' ',
		h('a', { href: ctx.links.wizard(''), 'data-sk-nav': 'restart' }, t('result.restart')),
	);
}

function stepLink(step: WizardStep, ctx: ViewContext): VElement {
	return h('a', { href: ctx.links.step(step.id) }, translator(ctx)('wizard.step.option', { number: step.number, title: step.title[ctx.lang] }));
}

function joinNodes(nodes: VNode[]): VNode[] {
	return nodes.flatMap((node, i) => (i === 0 ? [node] : [', ', node]));
}

function translator(ctx: ViewContext) {
	return (key: ResultKey, values?: Record<string, string | number>) => fillTemplate(ctx.strings[key], values);
}
