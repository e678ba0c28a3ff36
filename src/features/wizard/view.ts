import type { Lang } from '../../model/schema';
import { getDocument, getOffice, orderedSteps, stepsForOffice, stepsProducing } from '../../model/query';
import type { UnitMention } from '../../site/contact';
import { documentChoices, type DocumentsReading } from './documents';
import { resolvePosition, type Cycle, type DecisionAnswer, type Position } from './flow';
import type { WizardLinks } from './links';
import type { WizardSop, WizardStep } from './model';
import type { AnswerKey, AnswerStrings } from './strings';
import { h, type VElement, type VNode } from './vnode';

/** A note about one step: words in bold, then the text; `lang` marks text in another language than the page's. */
export interface StepNote {
	title?: string;
	text: string;
	lang?: Lang;
}

/**
 * Notes about steps that another part of the site supplies as data (what later regulations say there, say): the answer
 * shows a step's note with the step the reader waits on. Every note links to the same anchor of its step's page, with
 * the same words (`{number}` is the step's number), and carries the same caveat.
 */
export interface StepNotes {
	byStep: Readonly<Record<string, StepNote>>;
	link?: { anchor: string; text: string };
	caveat?: string;
}

/** How the mention of the Sub Bagian links to the contact block, when the settings give a contact. */
export interface ContactLink {
	href: string;
	mention(text: string): UnitMention | undefined;
}

/** Everything an answer needs besides the model and the position. */
export interface AnswerContext {
	lang: Lang;
	strings: AnswerStrings;
	links: WizardLinks;
	/** Absent when no contact is set: the Sub Bagian is then named without a link. */
	contact?: ContactLink;
	/** Notes about steps, in the page's language. */
	notes?: StepNotes;
	/** The documents the reader holds (the documents question): marked in the lists. */
	held?: ReadonlySet<string>;
}

/** One of the reader's answers, with the link that changes it. */
export interface AnswerRow {
	question: string;
	answer: VNode;
	change: string;
}

/**
 * The answer for a position, as an element tree that the prerendered pages write as HTML and the documents question
 * builds in the browser: one sentence first (where the file is, what happens next, who does it), then the next step
 * with its offices and documents, the steps after it, the reader's answers and the contact. `ask` is not an answer.
 */
export function viewAnswer(sop: WizardSop, position: Exclude<Position, { kind: 'ask' }>, rows: AnswerRow[], ctx: AnswerContext, extra?: VNode | VNode[]): VElement {
	const next = position.kind === 'moving' || position.kind === 'waiting' ? position.next : undefined;
	return h(
		'div',
		{ class: 'sk-answer', 'data-sk-answer': position.kind },
		h('div', { class: 'sk-panel' }, viewLead(sop, position, ctx)),
		position.kind === 'silent' && h('p', {}, contactSentence(ctx, t(ctx, 'answer.silentAsk'))),
		position.kind === 'waiting' && position.unsure && viewDecidedLinks(position, ctx),
		position.focus && position.focus !== next && viewNote(position.focus, ctx),
		extra,
		next && viewNextStep(sop, next, position.kind === 'waiting' ? t(ctx, 'next.headingIfYes') : t(ctx, 'next.heading'), ctx),
		position.after.length > 0 && viewAfter(sop, position.after, ctx),
		position.cycle && viewCycle(position.cycle, ctx),
		rows.length > 0 && viewRows(rows, ctx),
		h('p', { class: 'sk-contact-line' }, contactSentence(ctx, t(ctx, 'answer.contact'))),
		h('p', {}, h('a', { href: ctx.links.page({ kind: 'start' }) }, t(ctx, 'answers.restart'))),
	);
}

/** The first sentences of an answer: where the file is now, what happens next and who does it. */
export function viewLead(sop: WizardSop, position: Exclude<Position, { kind: 'ask' }>, ctx: AnswerContext): VElement[] {
	const office = (id: string) => officeLink(sop, id, ctx);
	const nextSentence = (key: 'lead.next' | 'lead.ifYes' | 'lead.underWay', step: WizardStep) => tn(ctx, key, { step: stepLink(step, ctx), actor: office(step.responsible) });
	const lead = (...children: VNode[]) => h('p', { class: 'sk-lead' }, children);
	switch (position.kind) {
		case 'moving':
			return [
				lead(...tn(ctx, position.done ? 'lead.holder' : 'lead.sent', { holder: office(position.holder) })),
				lead(...nextSentence(position.underWay ? 'lead.underWay' : 'lead.next', position.next)),
			];
		case 'waiting':
			return [
				lead(
					...tn(ctx, position.unsure ? 'lead.unsure' : 'lead.waiting', {
						holder: office(position.holder),
						question: quote(position.decision.decision.question[ctx.lang]),
					}),
				),
				lead(...nextSentence('lead.ifYes', position.next)),
			];
		case 'silent':
			return [lead(...tn(ctx, 'lead.silent', { question: quote(position.decision.decision.question[ctx.lang]) }))];
		case 'complete':
			return [lead(t(ctx, 'lead.complete', { steps: sop.steps.length }))];
	}
}

/** The next step: who carries it out, every office taking part (a route in its order), the documents it needs and produces. */
function viewNextStep(sop: WizardSop, step: WizardStep, heading: string, ctx: AnswerContext): VElement {
	const taking = [...new Set([...step.involved, ...(step.routing?.via ?? []), ...(step.decision?.decidedBy ?? [])])].filter((id) => id !== step.responsible);
	return part(
		'sk-next',
		heading,
		h('p', { class: 'sk-step-title' }, stepLink(step, ctx)),
		h(
			'dl',
			{ class: 'sk-facts' },
			h('dt', {}, t(ctx, 'field.responsible')),
			h('dd', {}, officeLink(sop, step.responsible, ctx), step.responsibleImplicit && h('span', { class: 'sk-note' }, t(ctx, 'field.responsibleImplicit'))),
			taking.length > 0 && [h('dt', {}, t(ctx, 'next.offices')), h('dd', {}, officeList(sop, taking, ctx))],
			step.routing && [
				h('dt', {}, t(ctx, 'next.route')),
				h('dd', {}, h('ol', { class: 'sk-route' }, step.routing.via.map((id) => h('li', {}, officeLink(sop, id, ctx))))),
			],
			h('dt', {}, t(ctx, 'next.requires')),
			h('dd', {}, viewDocuments(sop, step, step.requires, ctx)),
			h('dt', {}, t(ctx, 'next.produces')),
			h('dd', {}, viewDocuments(sop, step, step.produces, ctx)),
		),
		// What a later regulation says about the step, after what the SOP says.
		viewNote(step, ctx),
		step.decision &&
			h(
				'p',
				{ class: 'sk-decision' },
				tn(ctx, step.decision.timing === 'after' ? 'next.decisionAfter' : 'next.decisionBefore', {
					question: quote(step.decision.question[ctx.lang]),
					offices: officeList(sop, step.decision.decidedBy, ctx),
				}),
			),
	);
}

/** Documents with who prepares each (the issuer), the earlier step that produced it, and when it is needed only in some cases. */
function viewDocuments(sop: WizardSop, step: WizardStep, ids: string[], ctx: AnswerContext): VElement {
	if (ids.length === 0) return h('p', {}, t(ctx, 'field.none'));
	return h(
		'ul',
		{ class: 'sk-documents' },
		ids.map((id) => {
			const doc = getDocument(sop, id);
			const producer = stepsProducing(sop, id).find((s) => s.number < step.number);
			const details: VNode[][] = [
				tn(ctx, 'doc.preparedBy', { offices: officeList(sop, doc.issuedBy, ctx) }),
				producer ? tn(ctx, 'doc.fromStep', { step: stepLink(producer, ctx) }) : [],
				doc.neededWhen ? [t(ctx, 'doc.neededWhen', { when: doc.neededWhen[ctx.lang] })] : [],
				ctx.held?.has(id) ? [h('strong', {}, t(ctx, 'doc.held'))] : [],
			].filter((detail) => detail.length > 0);
			return h('li', {}, h('a', { href: ctx.links.document(id) }, doc.name[ctx.lang]), h('span', { class: 'sk-doc-detail' }, joinNodes(details, '; ')));
		}),
	);
}

/** For a partner who has not submitted yet: the documents it issues (the proposal now, the others later) and the steps it takes part in. */
export function viewProposer(sop: WizardSop, officeId: string, ctx: AnswerContext): VNode[] {
	const first = orderedSteps(sop)[0];
	const issued = documentChoices(sop).filter(({ document }) => document.issuedBy.includes(officeId));
	return [
		part(
			'sk-prepare',
			t(ctx, 'proposer.prepare'),
			h(
				'ul',
				{ class: 'sk-documents' },
				issued.map(({ document, step }) => {
					const name = h('a', { href: ctx.links.document(document.id) }, document.name[ctx.lang]);
					return h(
						'li',
						{},
						step === first
							? tn(ctx, 'proposer.now', { document: name, office: officeList(sop, document.addressedTo, ctx) })
							: tn(ctx, 'proposer.later', { document: name, step: stepLink(step, ctx) }),
					);
				}),
			),
			h('p', {}, contactSentence(ctx, t(ctx, 'proposer.format'))),
		),
		part(
			'sk-involved',
			t(ctx, 'proposer.involved'),
			h(
				'ol',
				{ class: 'sk-after' },
				stepsForOffice(sop, officeId).map(({ step }) => h('li', {}, stepLink(step, ctx))),
			),
		),
	];
}

/** The steps after the next one: each with its office, and the decision that gates it. */
function viewAfter(sop: WizardSop, steps: WizardStep[], ctx: AnswerContext): VElement {
	return part(
		'sk-after',
		t(ctx, 'after.heading'),
		h(
			'ol',
			{ class: 'sk-after' },
			steps.map((step) =>
				h(
					'li',
					{},
					stepLink(step, ctx),
					' (',
					officeLink(sop, step.responsible, ctx),
					')',
					step.decision?.timing === 'before' && h('span', { class: 'sk-note' }, t(ctx, 'after.gated', { question: quote(step.decision.question[ctx.lang]) })),
				),
			),
		),
		h('p', {}, tn(ctx, 'after.all', { link: h('a', { href: ctx.links.summary() }, t(ctx, 'summary.title')) })),
	);
}

/** The steps that repeat for as long as the agreement runs. */
function viewCycle(cycle: Cycle, ctx: AnswerContext): VElement {
	return part(
		'sk-cycle',
		t(ctx, 'cycle.heading'),
		h('p', {}, t(ctx, 'cycle.intro', { when: cycle.when?.[ctx.lang] ?? '' }).replace(/\s+:$/, ':')),
		h('ul', {}, cycle.steps.map((step) => h('li', {}, stepLink(step, ctx)))),
	);
}

/** The reader's answers, each with a link that changes it (its question named for screen readers). */
function viewRows(rows: AnswerRow[], ctx: AnswerContext): VElement {
	return part(
		'sk-answers',
		t(ctx, 'answers.heading'),
		h(
			'dl',
			{ class: 'sk-answers' },
			rows.flatMap((row) => [
				h('dt', {}, row.question),
				h('dd', {}, row.answer, ' ', h('a', { href: row.change }, t(ctx, 'answers.change'), h('span', { class: 'sr-only' }, ` ${row.question}`))),
			]),
		),
	);
}

/** The label of an answer to a decision: its "yes" as the model words it, or no, not yet, I don't know. */
export function decisionAnswerLabel(decision: { yes: Record<Lang, string> }, answer: DecisionAnswer, ctx: AnswerContext): string {
	return answer === 'ya' ? decision.yes[ctx.lang] : t(ctx, `answer.${answer}`);
}

/** The reader's answers on the step path: the last finished step, and the decision when one was asked. */
export function stepPathRows(position: Exclude<Position, { kind: 'ask' }>, answer: DecisionAnswer | undefined, ctx: AnswerContext): AnswerRow[] {
	const done = position.done;
	if (!done) return [];
	const decision = position.kind === 'moving' ? position.decided : position.kind === 'complete' ? undefined : position.decision;
	return [
		{ question: t(ctx, 'answers.step'), answer: stepText(done, ctx), change: ctx.links.page({ kind: 'phase', phase: done.phase, choose: done.id }) },
		...(decision && answer
			? [
					{
						question: decision.decision.question[ctx.lang],
						answer: decisionAnswerLabel(decision.decision, answer, ctx),
						change: ctx.links.page({ kind: 'decision-question', step: done.id, choose: answer }),
					},
				]
			: []),
	];
}

/** For a reader who does not know the decision: the answers for each outcome, one link each. */
function viewDecidedLinks(position: Extract<Position, { kind: 'waiting' }>, ctx: AnswerContext): VElement {
	const step = position.done?.id;
	if (!step) return h('p', {});
	const link = (answer: 'ya' | 'tidak', text: string) => h('li', {}, h('a', { href: ctx.links.page({ kind: 'after', step, answer }) }, text));
	return h(
		'div',
		{ class: 'sk-decided' },
		h('p', {}, t(ctx, 'answer.decidedLinks')),
		h('ul', {}, link('ya', position.decision.decision.yes[ctx.lang]), link('tidak', t(ctx, 'answer.tidak'))),
	);
}

/** The note another part of the site supplies for a step, if any, with its link and caveat. */
function viewNote(step: WizardStep, ctx: AnswerContext): VElement | undefined {
	const note = ctx.notes?.byStep[step.id];
	if (!note) return undefined;
	const link = ctx.notes!.link;
	return h(
		'div',
		{ class: 'sk-step-note', 'data-sk-note': step.id },
		h(
			'p',
			{},
			note.title && [h('strong', {}, note.title), ' '],
			h('span', note.lang && note.lang !== ctx.lang ? { lang: note.lang } : {}, note.text),
			link && [' ', h('a', { href: `${ctx.links.step(step.id)}#${link.anchor}` }, link.text.replace('{number}', String(step.number)))],
		),
		ctx.notes!.caveat && h('p', { class: 'sk-step-note-caveat' }, contactSentence(ctx, ctx.notes!.caveat)),
	);
}

/**
 * What the held documents say, before the answer: the last finished step, a step under way with what it lacks, the
 * documents the SOP has earlier that were not ticked, or why the documents do not tell.
 */
export function viewReading(reading: Exclude<DocumentsReading, { kind: 'none' }>, ctx: AnswerContext): VElement {
	if (reading.kind === 'unclear') {
		return h(
			'div',
			{ class: 'sk-reading', 'data-sk-reading': 'unclear' },
			h('p', { class: 'sk-lead' }, t(ctx, 'reading.unclear')),
			h('ul', {}, reading.inputs.map(({ document, step }) => h('li', {}, document.name[ctx.lang], ': ', tn(ctx, 'reading.neededAt', { step: stepLink(step, ctx) })))),
			h('p', {}, t(ctx, 'reading.unclearNext')),
		);
	}
	const names = (docs: { name: Record<Lang, string> }[]) => docs.map((doc) => doc.name[ctx.lang]).join(', ');
	return h(
		'div',
		{ class: 'sk-reading', 'data-sk-reading': reading.partial ? 'partial' : 'finished' },
		reading.done ? h('p', {}, tn(ctx, 'reading.done', { step: stepLink(reading.done, ctx) })) : !reading.partial && h('p', {}, t(ctx, 'reading.start')),
		reading.partial &&
			h(
				'p',
				{ class: 'sk-partial' },
				tn(ctx, 'reading.partial', {
					held: String(reading.partial.held.length),
					total: String(reading.partial.held.length + reading.partial.missing.length),
					step: stepLink(reading.partial.step, ctx),
					missing: names(reading.partial.missing),
					number: String(reading.partial.step.number),
				}),
			),
		reading.gaps.length > 0 && [h('p', {}, t(ctx, 'reading.gaps')), h('ul', { class: 'sk-gaps' }, reading.gaps.map((doc) => h('li', {}, doc.name[ctx.lang])))],
		reading.open &&
			h(
				'p',
				{ class: 'sk-open' },
				tn(ctx, 'reading.open', { question: quote(reading.open.decision.question[ctx.lang]) }),
				' ',
				h('a', { href: ctx.links.page({ kind: 'after', step: reading.done!.id }) }, t(ctx, 'reading.openLink')),
			),
	);
}

/**
 * The answer to the documents question: the answer for the position the documents show, with what they say after its
 * first sentences; or, when they leave a decision open or do not tell, what they say and where to go on.
 */
export function viewDocumentsAnswer(sop: WizardSop, reading: Exclude<DocumentsReading, { kind: 'none' }>, rows: AnswerRow[], ctx: AnswerContext): VElement {
	const position = reading.kind === 'position' && !reading.open ? resolvePosition(sop, reading.done?.id, reading.answer) : undefined;
	if (position && position.kind === 'moving' && reading.kind === 'position' && reading.partial) position.underWay = true;
	if (position && position.kind !== 'ask') return viewAnswer(sop, position, rows, ctx, viewReading(reading, ctx));
	return h(
		'div',
		{ class: 'sk-answer', 'data-sk-answer': 'documents' },
		viewReading(reading, ctx),
		viewRows(rows, ctx),
		h('p', { class: 'sk-contact-line' }, contactSentence(ctx, t(ctx, 'answer.contact'))),
		h('p', {}, h('a', { href: ctx.links.page({ kind: 'start' }) }, t(ctx, 'answers.restart'))),
	);
}

/** A titled part of an answer: a section named by its heading. */
function part(id: string, title: string, ...children: (VNode | VNode[] | false | undefined)[]): VElement {
	return h('section', { class: 'sk-part', 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading` }, title), ...children);
}

/** A link to a step, named "Langkah 12: …". */
export function stepLink(step: Pick<WizardStep, 'id' | 'number' | 'title'>, ctx: AnswerContext): VElement {
	return h('a', { href: ctx.links.step(step.id) }, stepText(step, ctx));
}

/** A step named as everywhere on the site: "Langkah 12: …". */
export function stepText(step: Pick<WizardStep, 'number' | 'title'>, ctx: AnswerContext): string {
	return `${t(ctx, 'step.label', { number: step.number })}: ${step.title[ctx.lang]}`;
}

/** A link to an office's role page, named by its short name in the page's language. */
export function officeLink(sop: WizardSop, id: string, ctx: AnswerContext): VElement {
	return h('a', { href: ctx.links.office(id) }, getOffice(sop, id).short[ctx.lang]);
}

function officeList(sop: WizardSop, ids: readonly string[], ctx: AnswerContext): VNode[] {
	return joinNodes(
		ids.map((id) => [officeLink(sop, id, ctx)]),
		', ',
	);
}

/** A sentence naming the Sub Bagian: the name links to the contact block when a contact is set. */
export function contactSentence(ctx: AnswerContext, text: string): VNode[] {
	const mention = ctx.contact?.mention(text);
	return mention ? [mention.before, h('a', { href: ctx.contact!.href }, mention.unit), mention.after] : [text];
}

/** A string of the answer with its placeholders filled with text (as the site's `fill`, which the browser's bundle does without). */
export function t(ctx: AnswerContext, key: AnswerKey, values: Record<string, string | number> = {}): string {
	return tn(ctx, key, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]))).join('');
}

/** A string of the answer with its placeholders filled with nodes (links). */
export function tn(ctx: AnswerContext, key: AnswerKey, values: Record<string, VNode | VNode[]>): VNode[] {
	return ctx.strings[key].split(/(\{\w+\})/).flatMap((piece) => {
		const name = /^\{(\w+)\}$/.exec(piece)?.[1];
		return name !== undefined && name in values ? values[name]! : piece === '' ? [] : [piece];
	});
}

/** A question quoted as the site quotes: “…”. */
function quote(text: string): string {
	return `“${text}”`;
}

function joinNodes(groups: VNode[][], separator: string): VNode[] {
	return groups.flatMap((group, i) => (i === 0 ? group : [separator, ...group]));
}
