import type { Lang } from '../../../model/schema';
import { settings } from '../../../site/build-info';
import { linksToContact } from '../../../site/contact';
import type { AnswerOptions } from '../../../features/wizard/context';
import type { StepNote } from '../../../features/wizard/view';

/**
 * Notes the wizard's answers show with a step, by step id, in a language: what another part of the guide has to say
 * there (what a later regulation says at that step, say). The wizard shows a step's note with the next step, or with the
 * step whose decision the reader waits on. None yet.
 */
export function stepNotes(_lang: Lang): Readonly<Record<string, StepNote>> {
	return {};
}

/** How this build's wizard pages write their answers: the contact link when the settings give a contact, and the notes. */
export function answerOptions(lang: Lang): AnswerOptions {
	return { linkContact: linksToContact(settings.contact), notes: stepNotes(lang) };
}
