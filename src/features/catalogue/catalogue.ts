import { getDocument, getOffice, orderedPhases, stepsOfPhase, stepsProducing, stepsRequiring } from '../../model/query';
import type { Office, Phase, Sop, SopDocument, Step } from '../../model/schema';

/** A document with everything the catalogue says about it: who issues it, to whom it goes, where it is made and needed. */
export interface CatalogueEntry {
	doc: SopDocument;
	issuers: Office[];
	recipients: Office[];
	producedAt: Step[];
	neededAt: Step[];
}

/** Every document of the model, ordered by the first step that produces or needs it. */
export function catalogueEntries(sop: Sop): CatalogueEntry[] {
	const entries = sop.documents.map((doc) => ({
		doc,
		issuers: doc.issuedBy.map((id) => getOffice(sop, id)),
		recipients: doc.addressedTo.map((id) => getOffice(sop, id)),
		producedAt: stepsProducing(sop, doc.id),
		neededAt: stepsRequiring(sop, doc.id),
	}));
	return entries.sort((a, b) => firstStepNumber(a) - firstStepNumber(b));
}

/** The documents that come from outside the city government, for partners, with the steps that need them. */
export function partnerDocuments(sop: Sop): CatalogueEntry[] {
	return catalogueEntries(sop).filter((entry) => entry.doc.origin === 'outside');
}

/** A document as it appears in one phase: the steps of that phase that use it. */
export interface PhaseDocument {
	doc: SopDocument;
	steps: Step[];
}

/** The documents of one phase: its complete kelengkapan (what its steps need) and its output. */
export interface PhaseDocuments {
	phase: Phase;
	needs: PhaseDocument[];
	produces: PhaseDocument[];
}

/** For every phase in order, the documents its steps need and produce, each once, in order of first use. */
export function documentsByPhase(sop: Sop): PhaseDocuments[] {
	return orderedPhases(sop).map((phase) => {
		const steps = stepsOfPhase(sop, phase.id);
		return {
			phase,
			needs: collect(sop, steps, (step) => step.requires),
			produces: collect(sop, steps, (step) => step.produces),
		};
	});
}

/** The documents an office issues, for every office that issues at least one, in the model's order of offices. */
export function documentsByIssuer(sop: Sop): { office: Office; entries: CatalogueEntry[] }[] {
	const entries = catalogueEntries(sop);
	return sop.offices
		.map((office) => ({ office, entries: entries.filter((entry) => entry.doc.issuedBy.includes(office.id)) }))
		.filter((group) => group.entries.length > 0);
}

function collect(sop: Sop, steps: Step[], ids: (step: Step) => string[]): PhaseDocument[] {
	const byId = new Map<string, PhaseDocument>();
	for (const step of steps) {
		for (const id of ids(step)) {
			const found = byId.get(id) ?? { doc: getDocument(sop, id), steps: [] };
			found.steps.push(step);
			byId.set(id, found);
		}
	}
	return [...byId.values()];
}

function firstStepNumber(entry: CatalogueEntry): number {
	const numbers = [...entry.producedAt, ...entry.neededAt].map((step) => step.number);
	return numbers.length > 0 ? Math.min(...numbers) : Number.POSITIVE_INFINITY;
}
