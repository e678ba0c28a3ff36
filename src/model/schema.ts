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

/** The levels of government that act in the SOP, in the order the diagram lays them out. */
export const LEVELS = ['kota', 'dprd', 'provinsi', 'pusat', 'luar-negeri', 'daerah-lain'] as const;

/** One level of government (a swimlane of the diagram). */
export const LevelSchema = z.enum(LEVELS);

/** A phase groups consecutive steps of the procedure. */
export const PhaseSchema = z.strictObject({
	id: SlugSchema,
	order: z.number().int().positive(),
	title: TextSchema,
	summary: TextSchema,
});

/** An office (pelaksana) that acts in the SOP. */
export const OfficeSchema = z.strictObject({
	id: SlugSchema,
	abbr: z.string().trim().min(1),
	/** Other short forms the SOP text uses for the office (`Kabag`, `Mendagri`), listed in the glossary. */
	aliases: z.array(z.string().trim().min(1)).default([]),
	name: TextSchema,
	level: LevelSchema,
	description: TextSchema,
});

/** A document that a step needs (kelengkapan) or produces (output). */
export const DocumentSchema = z.strictObject({
	id: SlugSchema,
	name: TextSchema,
	description: TextSchema,
	issuedBy: z.array(SlugSchema).min(1),
	addressedTo: z.array(SlugSchema),
	fromOutside: z.boolean(),
});

/** A transition to another step; `when` labels the branch of a decision. */
export const EdgeSchema = z.strictObject({
	to: SlugSchema,
	when: TextSchema.optional(),
});

/** A decision the SOP implies but does not spell out: what is decided and by whom. */
export const DecisionSchema = z.strictObject({
	question: TextSchema,
	decidedBy: z.array(SlugSchema).min(1),
});

/** One of the numbered steps of the SOP. */
export const StepSchema = z.strictObject({
	id: SlugSchema,
	number: z.number().int().positive(),
	title: TextSchema,
	sopText: z.string().trim().min(1),
	phase: SlugSchema,
	responsible: SlugSchema,
	responsibleImplicit: z.boolean().default(false),
	involved: z.array(SlugSchema).default([]),
	requires: z.array(SlugSchema).default([]),
	produces: z.array(SlugSchema).default([]),
	next: z.array(EdgeSchema).default([]),
	decision: DecisionSchema.optional(),
	routing: z.array(SlugSchema).optional(),
	recurring: z.boolean().default(false),
});

/** A term or abbreviation of the SOP that is not an office. */
export const TermSchema = z.strictObject({
	id: SlugSchema,
	term: z.string().trim().min(1),
	full: TextSchema,
	meaning: TextSchema,
	document: SlugSchema.optional(),
});

/** The whole SOP: what each source file of `src/content/sop` holds. */
export const SopSchema = z.strictObject({
	phases: z.array(PhaseSchema).min(1),
	offices: z.array(OfficeSchema).min(1),
	documents: z.array(DocumentSchema),
	steps: z.array(StepSchema).min(1),
	terms: z.array(TermSchema),
});

export type Text = z.output<typeof TextSchema>;
export type Level = z.output<typeof LevelSchema>;
export type Phase = z.output<typeof PhaseSchema>;
export type Office = z.output<typeof OfficeSchema>;
export type SopDocument = z.output<typeof DocumentSchema>;
export type Edge = z.output<typeof EdgeSchema>;
export type Decision = z.output<typeof DecisionSchema>;
export type Step = z.output<typeof StepSchema>;
export type Term = z.output<typeof TermSchema>;
/** The validated SOP model that pages, diagram, checklists and wizard derive from. */
export type Sop = z.output<typeof SopSchema>;
/** The SOP as authors write it (defaults may be omitted). */
export type SopInput = z.input<typeof SopSchema>;
/** A step as authors write it. */
export type StepInput = z.input<typeof StepSchema>;
