import {
	counterpartsOf,
	documentActsOf,
	getDocument,
	getOffice,
	isSigningStep,
	orderedPhases,
	partnerOffices,
	stepsOfPhase,
	stepsProducing,
	stepsRequiring,
	type CounterpartRelation,
	type DocumentAct,
} from '../../model/query';
import type { Office, Phase, Sop, SopDocument, Step } from '../../model/schema';

/** A document with everything the catalogue says about it: who issues it, to whom it goes, where it is made and needed. */
export interface CatalogueEntry {
	doc: SopDocument;
	issuers: Office[];
	recipients: Office[];
	producedAt: Step[];
	neededAt: Step[];
	/** Produced at a signing step: its issuers sign it. */
	signed: boolean;
}

/** Every document of the model, ordered by the first step that produces or needs it. */
export function catalogueEntries(sop: Sop): CatalogueEntry[] {
	const entries = sop.documents.map((doc) => ({
		doc,
		issuers: doc.issuedBy.map((id) => getOffice(sop, id)),
		recipients: doc.addressedTo.map((id) => getOffice(sop, id)),
		producedAt: stepsProducing(sop, doc.id),
		neededAt: stepsRequiring(sop, doc.id),
		signed: stepsProducing(sop, doc.id).some(isSigningStep),
	}));
	return entries.sort((a, b) => firstStepNumber(a) - firstStepNumber(b));
}

/** A row of the partners' table: what partners hand in, sign or produce at a step, and to whom or with whom. */
export interface PartnerRow {
	step: Step;
	doc: SopDocument;
	act: DocumentAct;
	/** The partners who do it (the foreign partner, a proposing Pemda). */
	partners: Office[];
	counterpart: { relation: CounterpartRelation; offices: Office[] };
}

/** Everything a partner hands in or signs, or produces with others, in step order: every document a partner issues, once. */
export function partnerTable(sop: Sop): PartnerRow[] {
	const rows = new Map<string, { found: ReturnType<typeof documentActsOf>[number]; partners: Office[] }>();
	for (const partner of partnerOffices(sop)) {
		for (const found of documentActsOf(sop, partner.id)) {
			const key = `${found.step.id} ${found.doc.id}`;
			const row = rows.get(key) ?? { found, partners: [] };
			row.partners.push(partner);
			rows.set(key, row);
		}
	}
	return [...rows.values()]
		.sort((a, b) => a.found.step.number - b.found.step.number)
		.map(({ found, partners }) => {
			const counterpart = counterpartsOf(found, partners.map((office) => office.id));
			return {
				step: found.step,
				doc: found.doc,
				act: found.act,
				partners,
				counterpart: { relation: counterpart.relation, offices: counterpart.offices.map((id) => getOffice(sop, id)) },
			};
		});
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
