import { documentOf, stepsByNumber, type WizardSop, type WizardStep } from './model';

type WizardDocument = WizardSop['documents'][number];

/** A document the user can tick, with the first step that produces it. */
export interface DocumentChoice {
	document: WizardDocument;
	producedBy: WizardStep;
}

/** A ticked document implies one that is not ticked: the step that should have produced it. */
export interface MissingDocument {
	document: WizardDocument;
	producedBy: WizardStep;
}

/** What a set of ticked documents says about a proposal. */
export type Inference =
	/** Nothing ticked (or nothing the wizard knows). */
	| { kind: 'none' }
	/** The documents agree: `done` is the furthest finished step, shown by `evidence`. */
	| { kind: 'position'; done: WizardStep; evidence: WizardDocument }
	/** The documents disagree: `furthest` would be finished, but documents it depends on are missing. */
	| { kind: 'contradiction'; furthest: WizardStep; evidence: WizardDocument; missing: MissingDocument[] };

/** The documents some step produces (the outputs of the model), ordered by the first step producing them. */
export function documentChoices(sop: WizardSop): DocumentChoice[] {
	const choices: DocumentChoice[] = [];
	for (const step of stepsByNumber(sop)) {
		for (const id of step.produces) {
			if (!choices.some((choice) => choice.document.id === id)) choices.push({ document: documentOf(sop, id), producedBy: step });
		}
	}
	return choices;
}

/**
 * The furthest finished step the ticked documents show. A ticked document implies every document
 * the step producing it required, and so on back (`requires` read transitively, limited to documents
 * a step produces); any of those not ticked makes the answer a contradiction that names it and the
 * step that should have produced it. Ids that are not document choices are ignored.
 */
export function inferPosition(sop: WizardSop, documentIds: readonly string[]): Inference {
	const choices = documentChoices(sop);
	const choiceOf = new Map(choices.map((choice) => [choice.document.id, choice]));
	const ticked = choices.filter((choice) => documentIds.includes(choice.document.id));
	if (ticked.length === 0) return { kind: 'none' };
	const furthest = ticked.reduce((a, b) => (b.producedBy.number > a.producedBy.number ? b : a));

	const implied = new Set<string>();
	const visit = (choice: DocumentChoice) => {
		for (const id of choice.producedBy.requires) {
			const needed = choiceOf.get(id);
			if (!needed || implied.has(id)) continue;
			implied.add(id);
			visit(needed);
		}
	};
	ticked.forEach(visit);
	const missing = choices
		.filter((choice) => implied.has(choice.document.id) && !documentIds.includes(choice.document.id))
		.map(({ document, producedBy }) => ({ document, producedBy }));

	if (missing.length > 0) return { kind: 'contradiction', furthest: furthest.producedBy, evidence: furthest.document, missing };
	return { kind: 'position', done: furthest.producedBy, evidence: furthest.document };
}
