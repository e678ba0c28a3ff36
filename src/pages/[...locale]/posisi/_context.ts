import { regulations } from '../../../content/regulations';
import { sop } from '../../../content/sop';
import type { Lang } from '../../../model/schema';
import { orderedSteps } from '../../../model/query';
import { settings } from '../../../site/build-info';
import { linksToContact } from '../../../site/contact';
import type { AnswerOptions } from '../../../features/wizard/context';
import type { StepNotes } from '../../../features/wizard/view';
import { sinceLink, sinceMentions } from '../../../features/regulations/mentions';

/**
 * Notes the wizard's answers show with a step, by step id, in a language: what the regulations since 2015 say about
 * the step (from the comparison with PP 28/2018), with a link to the quotes and the caveat. The wizard shows a step's
 * note with the next step, or with the step whose decision the reader waits on.
 */
export function stepNotes(lang: Lang): StepNotes {
	return { byStep: sinceMentions(regulations, orderedSteps(sop), lang), link: sinceLink(lang), caveat: regulations.caveat[lang] };
}

/** How this build's wizard pages write their answers: the contact link when the settings give a contact, and the notes. */
export function answerOptions(lang: Lang): AnswerOptions {
	return { linkContact: linksToContact(settings.contact), notes: stepNotes(lang) };
}
