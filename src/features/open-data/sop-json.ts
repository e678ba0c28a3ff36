import { z } from 'astro/zod';
import { LANGS, LANGUAGES, SOP_LANG, type Lang } from '../../model/languages';
import {
	DecisionSchema,
	DocumentOriginSchema,
	DocumentSchema,
	EdgeSchema,
	LevelSchema,
	OfficeSchema,
	PhaseSchema,
	RoutingSchema,
	SlugSchema,
	SopSchema,
	SopWordsSchema,
	StepSchema,
	TermSchema,
	TextSchema,
	type Sop,
} from '../../model/schema';

/**
 * The version of the shape of `sop.json` (semantic versioning): the major part goes up when a field is removed,
 * renamed or changes meaning, the minor part when a field is added. `SCHEMA_FINGERPRINT` (tested) says when to bump it.
 */
export const DATA_VERSION = '1.0.0';

/** A hash of the schema's shape (without its words) that `DATA_VERSION` was given for; the test names the new one. */
export const SCHEMA_FINGERPRINT = '061ebf91388546a1';

/** The file name of the JSON Schema, which `sop.json` names in its `$schema` (resolved beside it). */
export const SCHEMA_FILE = 'sop.schema.json';

/** What the model derives from the authored data: numbers from list order and the marks of implied things. */
export const DerivedSchema = z.strictObject({
	phases: z.array(z.strictObject({ id: SlugSchema, number: z.int().min(1) })),
	steps: z.array(
		z.strictObject({
			id: SlugSchema,
			number: z.int().min(1),
			responsibleImplicit: z.boolean(),
			recurring: z.boolean(),
		}),
	),
	documents: z.array(z.strictObject({ id: SlugSchema, implied: z.boolean() })),
});

/** `sop.json`: the authored model under `sop`, exactly what the project's loader takes, with facts about it beside it. */
export const OpenDataSchema = z.strictObject({
	$schema: z.literal(SCHEMA_FILE),
	version: z.string().regex(/^\d+\.\d+\.\d+$/),
	contentDate: z.iso.date().optional(),
	languages: z.array(z.strictObject({ code: z.enum(LANGS as [Lang, ...Lang[]]), name: z.string().min(1) })).min(1),
	sopLanguage: z.enum(LANGS as [Lang, ...Lang[]]),
	sopText: z.string().min(1),
	sop: SopSchema,
	derived: DerivedSchema,
});

/** The contents of `sop.json`. */
export type OpenData = z.output<typeof OpenDataSchema>;

/** The authored SOP data, as the loader takes it (`z.output` of `SopSchema`: defaults filled in). */
export type AuthoredSop = z.output<typeof SopSchema>;

/** Titles and descriptions of the schema's parts, and the names under which `$defs` lists the shared ones. */
const DOCUMENTATION = z.registry<{ id?: string; title?: string; description: string }>();
DOCUMENTATION.add(OpenDataSchema, {
	title: 'SOP Kerjasama Teknik Kota Bandung (2015): open data',
	description:
		'The Standard Operating Procedure for technical cooperation of Bagian Kerjasama, City of Bandung (2015), as data. `sop` is the model exactly as the guide authors it; `derived` is what the guide derives from it.',
})
	.add(OpenDataSchema.shape.version, { description: 'The version of the shape of this file: the major part changes when a field is removed or renamed, the minor part when one is added.' })
	.add(OpenDataSchema.shape.contentDate, { description: 'The date (YYYY-MM-DD) of the last change to the content; absent when the build did not know it.' })
	.add(OpenDataSchema.shape.languages, { description: 'The languages of every text, by code: each text object has one member per language.' })
	.add(OpenDataSchema.shape.sopLanguage, { description: 'The language of the SOP itself: `sopText`, `steps[].sopText`, `actor`, `sopForms`, `sopWords` and `term` quote it verbatim.' })
	.add(OpenDataSchema.shape.sopText, { description: 'The full text of the 2015 SOP, verbatim (its slips included).' })
	.add(SopSchema, {
		id: 'Sop',
		description:
			'The SOP as authored. Order is meaning: a step’s number is its place in `steps`, a phase’s its place in `phases`, a lane’s its place in `levels`. References are by id. Decisions are implied (the SOP states none) and the SOP never says what happens on "no".',
	})
	.add(DerivedSchema, { id: 'Derived', description: 'What the model derives from `sop`, listed in the same order.' })
	.add(TextSchema, { id: 'Text', description: 'A text in every language, keyed by language code.' })
	.add(SlugSchema, { id: 'Slug', description: 'A stable kebab-case id, the same in every language.' })
	.add(SopWordsSchema, { id: 'SopWords', description: 'Words quoted verbatim from the SOP (Indonesian).' })
	.add(LevelSchema, { id: 'Level', description: 'A level of government: a lane of the flow diagram.' })
	.add(PhaseSchema, { id: 'Phase', description: 'A phase: consecutive steps of the procedure.' })
	.add(OfficeSchema, { id: 'Office', description: 'An office (pelaksana) that acts in the SOP.' })
	.add(DocumentOriginSchema, {
		id: 'DocumentOrigin',
		description: '`step`: produced by a step; `outside`: from a party outside the city government; `unnumbered`: issued within the procedure at no step of its own.',
	})
	.add(DocumentSchema, { id: 'Document', description: 'A document a step needs or produces. Without `sopWords` the SOP only implies it.' })
	.add(EdgeSchema, { id: 'Edge', description: 'A transition to another step; `when` labels one taken only in some cases.' })
	.add(DecisionSchema, {
		id: 'Decision',
		description: '`before`: the decision gates the step, which happens on "yes"; `after`: it follows the step, whose `next` is taken on "yes".',
	})
	.add(RoutingSchema, { id: 'Routing', description: 'The offices a file passes through within one step, in order, and the documents that travel.' })
	.add(StepSchema, { id: 'Step', description: 'A numbered step; `sopText` is its sentence, verbatim from the SOP.' })
	.add(TermSchema, { id: 'Term', description: 'A term or abbreviation of the SOP that is not an office.' });

/** The JSON Schema (draft 2020-12) of `sop.json`, generated from the Zod schemas that validate the model. */
export function openDataJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(OpenDataSchema, { target: 'draft-2020-12', io: 'output', metadata: DOCUMENTATION });
}

/** The SOP as authored, without what the loader derives: loading it again gives the same model. */
export function authoredSop(sop: Sop): AuthoredSop {
	return SopSchema.parse({
		...sop,
		phases: sop.phases.map(({ order: _order, ...phase }) => phase),
		documents: sop.documents.map(({ implied: _implied, ...doc }) => doc),
		steps: sop.steps.map(({ number: _number, responsibleImplicit: _implicit, recurring: _recurring, ...step }) => step),
	});
}

/** The facts about the build that `sop.json` carries besides the model. */
export interface OpenDataContext {
	/** The date of the content (YYYY-MM-DD), when known. */
	contentDate: string | undefined;
	/** The full text of the SOP, verbatim. */
	sopText: string;
}

/** The contents of `sop.json` for a model. */
export function buildOpenData(sop: Sop, context: OpenDataContext): OpenData {
	return OpenDataSchema.parse({
		$schema: SCHEMA_FILE,
		version: DATA_VERSION,
		...(context.contentDate !== undefined && { contentDate: context.contentDate }),
		languages: LANGUAGES.map(({ code, label }) => ({ code, name: label })),
		sopLanguage: SOP_LANG,
		sopText: context.sopText,
		sop: authoredSop(sop),
		derived: {
			phases: sop.phases.map((phase) => ({ id: phase.id, number: phase.order })),
			steps: sop.steps.map((step) => ({ id: step.id, number: step.number, responsibleImplicit: step.responsibleImplicit, recurring: step.recurring })),
			documents: sop.documents.map((doc) => ({ id: doc.id, implied: doc.implied })),
		},
	});
}
