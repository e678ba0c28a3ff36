import { localeOf, type Lang } from '../../model/languages';
import { orderedSteps } from '../../model/query';
import { regulationNoteFor, type RegulationNote } from '../../model/regulation-query';
import type { Regulations, Status } from '../../model/regulation-schema';
import type { Sop, Step } from '../../model/schema';

/** A row of the page of changes: a step of the SOP and what the comparison says about it. */
export interface ChangeRow {
	step: Step;
	note: RegulationNote;
}

/** One row per step of the SOP, in its order, each with its note. */
export function changeRows(sop: Sop, regulations: Regulations): ChangeRow[] {
	return orderedSteps(sop).map((step) => ({ step, note: regulationNoteFor(regulations, step.id) }));
}

/** Each status, in the order the data lists them, with how many steps have it. */
export function statusCounts(regulations: Regulations): { status: Status; count: number }[] {
	return regulations.statuses.map((status) => ({ status, count: regulations.stepStatuses.filter((entry) => entry.status === status.id).length }));
}

/** A `YYYY-MM-DD` date as readers of a language write it ("13 Juli 2018", "13 July 2018"), whatever the build's time zone. */
export function formatDate(isoDate: string, lang: Lang): string {
	return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
