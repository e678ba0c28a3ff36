import type { Lang } from '../../model/schema';
import { CONTACT_ANCHOR, findUnitMention, type UnitMention } from '../../site/contact';
import { wizardLinks } from './links';
import { compactSop, type WizardSop } from './model';
import { answerStrings } from './strings';
import type { AnswerContext, StepNotes } from './view';

/** What decides an answer's context besides the language: whether the Sub Bagian's contact is set, and the notes by step. */
export interface AnswerOptions {
	linkContact: boolean;
	notes?: StepNotes;
}

/** The context of the wizard's answers on the prerendered pages (built at build time). */
export function answerContext(lang: Lang, options: AnswerOptions): AnswerContext {
	return {
		lang,
		strings: answerStrings(lang),
		links: wizardLinks(lang),
		...(options.linkContact ? { contact: { href: `#${CONTACT_ANCHOR}`, mention: (text: string) => findUnitMention(text, lang) } } : {}),
		notes: options.notes ?? { byStep: {} },
	};
}

/** What the documents question hands to its script as JSON: the model's parts it reads, its strings, the contact and the notes. */
export interface DocumentsPageData {
	lang: Lang;
	sop: WizardSop;
	strings: AnswerContext['strings'];
	/** The unit's mention in each answer sentence that names it, when a contact is set. */
	contact?: { href: string; mentions: Record<string, UnitMention> };
	notes: StepNotes;
}

/** The data of the documents question in a language. */
export function documentsPageData(sop: WizardSop, lang: Lang, options: AnswerOptions): DocumentsPageData {
	const strings = answerStrings(lang);
	const mentions = Object.fromEntries(
		Object.values(strings).flatMap((text) => {
			const mention = findUnitMention(text, lang);
			return mention ? [[text, mention]] : [];
		}),
	);
	return {
		lang,
		sop: compactSop(sop, lang),
		strings,
		...(options.linkContact ? { contact: { href: `#${CONTACT_ANCHOR}`, mentions } } : {}),
		notes: options.notes ?? { byStep: {} },
	};
}

/** JSON that is safe inside a `<script type="application/json">` element. */
export function toScriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
