import { z } from 'astro/zod';
import { LANGUAGES, type Lang } from './languages';

export type { Lang } from './languages';

/** A kebab-case slug, stable across languages, used in URLs and references. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug');

/** Text shown to readers, in each language of the site (`src/model/languages.ts`). */
export const TextSchema = z.strictObject(
	Object.fromEntries(LANGUAGES.map(({ code, englishName }) => [code, z.string().trim().min(1, `${englishName} text is required`)])) as Record<
		Lang,
		z.ZodString
	>,
);

/** Words quoted from the SOP: they must appear, exactly so, in the sentence they belong to. */
export const SopWordsSchema = z.string().trim().min(1);

/** A level of government: a lane of the flow diagram and a group of the role index. Listed in the diagram's lane order. */
export const LevelSchema = z.strictObject({
	id: SlugSchema,
	name: TextSchema,
});

/** A phase groups consecutive steps of the procedure; its number is its place in the list. */
export const PhaseSchema = z.strictObject({
	id: SlugSchema,
	title: TextSchema,
	summary: TextSchema,
});

/** An office (pelaksana) that acts in the SOP. */
export const OfficeSchema = z.strictObject({
	id: SlugSchema,
	/** The short name pages use for the office, in each language (`Kasubag KLN`, `Head of Sub-Division`). */
	short: TextSchema,
	/** The ways the SOP's own text writes the office (`Kasubag`, `kasubag`, `Kepala Daerah`), each found in the SOP. */
	sopForms: z.array(SopWordsSchema).default([]),
	name: TextSchema,
	/** The id of the office's level of government. */
	level: SlugSchema,
	description: TextSchema,
});

/**
 * Where a document comes from: `step`, produced by a numbered step (before any step needs it); `outside`, from a party
 * outside the city government (the partner's proposal and consent); `unnumbered`, issued within the procedure but at
 * no numbered step of its own (the Mayor's letter of authority, which the SOP names as received before step 19).
 */
export const DocumentOriginSchema = z.enum(['step', 'outside', 'unnumbered']);

/** A document that a step needs (kelengkapan) or produces (output). */
export const DocumentSchema = z.strictObject({
	id: SlugSchema,
	name: TextSchema,
	description: TextSchema,
	issuedBy: z.array(SlugSchema).min(1),
	addressedTo: z.array(SlugSchema),
	origin: DocumentOriginSchema,
	/** The words of a step's sentence that name the document; absent when the SOP only implies it (then marked as implied). */
	sopWords: SopWordsSchema.optional(),
	/** When a step needs the document only in some cases (the letter of authority: when a city agency signs). */
	neededWhen: TextSchema.optional(),
});

/** A transition to another step. `when` labels a transition that is taken only in some cases (the repeat of steps 20–22). */
export const EdgeSchema = z.strictObject({
	to: SlugSchema,
	when: TextSchema.optional(),
});

/**
 * A decision the SOP implies but does not spell out (all of them are implied). `before`: it gates the step, which
 * happens only on "yes" (step 15 forwards the proposals judged feasible). `after`: it follows the step, and the step's
 * `next` is taken only on "yes" (the City Council's approval after step 12). What happens on "no" the SOP never says.
 */
export const DecisionSchema = z.strictObject({
	question: TextSchema,
	/** Who decides, as far as the SOP names them (may be empty when it names no one). */
	decidedBy: z.array(SlugSchema),
	timing: z.enum(['before', 'after']),
	/** The label of the "yes" branch, answering the question ("The Council approves"). */
	yes: TextSchema,
});

/** The route a file takes through several offices within one step, and the documents that travel along it. */
export const RoutingSchema = z.strictObject({
	via: z.array(SlugSchema).min(2),
	carries: z.array(SlugSchema).min(1),
});

/** One of the numbered steps of the SOP; its number is its place in the list. */
export const StepSchema = z.strictObject({
	id: SlugSchema,
	title: TextSchema,
	/** The step's sentence, verbatim from the SOP. */
	sopText: z.string().trim().min(1),
	/** The words of `sopText` that name who acts; absent when the sentence names no one (then the office is implied). */
	actor: SopWordsSchema.optional(),
	phase: SlugSchema,
	responsible: SlugSchema,
	involved: z.array(SlugSchema).default([]),
	requires: z.array(SlugSchema).default([]),
	produces: z.array(SlugSchema).default([]),
	next: z.array(EdgeSchema).default([]),
	decision: DecisionSchema.optional(),
	routing: RoutingSchema.optional(),
});

/** A term or abbreviation of the SOP that is not an office. */
export const TermSchema = z.strictObject({
	id: SlugSchema,
	/** The term as the SOP writes it. */
	term: SopWordsSchema,
	full: TextSchema,
	meaning: TextSchema,
	document: SlugSchema.optional(),
});

/** The whole SOP as its source files hold it (`src/content/sop/`). */
export const SopSchema = z.strictObject({
	levels: z.array(LevelSchema).min(1),
	phases: z.array(PhaseSchema).min(1),
	offices: z.array(OfficeSchema).min(1),
	documents: z.array(DocumentSchema),
	steps: z.array(StepSchema).min(1),
	terms: z.array(TermSchema),
});

export type Text = z.output<typeof TextSchema>;
export type Level = z.output<typeof LevelSchema>;
export type Office = z.output<typeof OfficeSchema>;
export type Edge = z.output<typeof EdgeSchema>;
export type Decision = z.output<typeof DecisionSchema>;
export type Routing = z.output<typeof RoutingSchema>;
export type Term = z.output<typeof TermSchema>;
export type DocumentOrigin = z.output<typeof DocumentOriginSchema>;

/** A phase, with its number (its place in the list, from 1). */
export type Phase = z.output<typeof PhaseSchema> & { order: number };

/** A document, with whether the SOP only implies it (no words of the SOP name it). */
export type SopDocument = z.output<typeof DocumentSchema> & { implied: boolean };

/** A step, with what the model derives: its number, whether its office is implied, whether it repeats. */
export type Step = z.output<typeof StepSchema> & {
	/** Its place in the list, from 1. */
	number: number;
	/** True when the sentence does not name the responsible office as the one who acts (no `actor`, or another one). */
	responsibleImplicit: boolean;
	/** True when the step lies on a cycle of the flow (steps 20–22 repeat for as long as the agreement runs). */
	recurring: boolean;
};

/** The validated SOP model that pages, diagram, checklists and wizard derive from. */
export interface Sop {
	levels: Level[];
	phases: Phase[];
	offices: Office[];
	documents: SopDocument[];
	steps: Step[];
	terms: Term[];
}

/** The SOP as authors write it (defaults may be omitted; numbers come from the order of the lists). */
export type SopInput = z.input<typeof SopSchema>;
/** A step as authors write it. */
export type StepInput = z.input<typeof StepSchema>;
