import type { Lang } from '../../model/languages';
import { getRegulation, regulationNoteFor } from '../../model/regulation-query';
import type { Regulations } from '../../model/regulation-schema';
import type { Step } from '../../model/schema';
import { translate } from './strings';

/** The anchor of the box "Since 2015" on a step page. */
export const SINCE_ANCHOR = 'sejak-2015';

/**
 * What another page says about a step beside the step's own box (the wizard's answers, the office checklists): a
 * title that names the regulations the statements rest on, and the statements. Such a page also shows the caveat.
 */
export interface SinceMention {
	title: string;
	text: string;
}

/** The mention of a step in a language, or undefined for a step that PP 28/2018 does not regulate (the city's internal workflow). */
export function sinceMention(regulations: Regulations, step: Step, lang: Lang): SinceMention | undefined {
	const note = regulationNoteFor(regulations, step.id);
	if (note.status.id === 'not-regulated') return undefined;
	const named = [...new Set(note.articles.map((article) => article.regulation))].map((id) => getRegulation(regulations, id).short[lang]);
	return {
		title: named.length > 0 ? translate(lang, 'mention.titleFrom', { regulations: named.join(', ') }) : translate(lang, 'mention.title'),
		text: note.findings.map((finding) => finding.text[lang]).join(' '),
	};
}

/** The mentions of every step that has one, by step id. */
export function sinceMentions(regulations: Regulations, steps: readonly Step[], lang: Lang): Record<string, SinceMention> {
	return Object.fromEntries(
		steps.flatMap((step) => {
			const mention = sinceMention(regulations, step, lang);
			return mention ? [[step.id, mention]] : [];
		}),
	);
}

/** The link from a mention to the box on its step's page: the anchor, and the words with `{number}` for the step's number. */
export function sinceLink(lang: Lang): { anchor: string; text: string } {
	return { anchor: SINCE_ANCHOR, text: translate(lang, 'mention.link', { number: '{number}' }) };
}
