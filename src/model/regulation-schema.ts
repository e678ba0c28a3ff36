import { z } from 'astro/zod';
import { LANGUAGES, type Lang } from './languages';
import { SlugSchema, TextSchema, type Text } from './schema';

/** The language the regulations are written in: their quotes are shown as they are, in Indonesian, on every page. */
export const REGULATION_LANG = 'id' as const satisfies Lang;

/** A language into which quotes are rendered (every language of the site but the regulations' own). */
export type RenderingLang = Exclude<Lang, typeof REGULATION_LANG>;

/** A faithful rendering of a quote in each language of the site other than Indonesian. */
export const RenderingSchema = z.strictObject(
	Object.fromEntries(
		LANGUAGES.filter(({ code }) => code !== REGULATION_LANG).map(({ code, englishName }) => [code, z.string().trim().min(1, `${englishName} rendering is required`)]),
	) as Record<RenderingLang, z.ZodString>,
);

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** What happened to a regulation on the date the data gives (the only one the sources give is a promulgation). */
export const RegulationEventSchema = z.enum(['promulgated']);

/**
 * A regulation the comparison names. `read: false` marks one that could not be read for the site (Permendagri
 * 25/2020): it is named, never quoted.
 */
export const RegulationSchema = z.strictObject({
	id: SlugSchema,
	/** How citations name it: "PP 28/2018" / "Government Regulation 28/2018". */
	short: TextSchema,
	/** The official title in Indonesian, and its rendering in the other languages. */
	title: TextSchema,
	/** The date the sources give, and what happened on it; absent when they give none. */
	dated: z.strictObject({ on: IsoDateSchema, event: RegulationEventSchema }).optional(),
	/** Further facts about the regulation that the sources state (an article re-enacted, a regulation revoked). */
	notes: z.array(TextSchema).default([]),
	/** Where the sources say its text is published, when they give an address. */
	publishedAt: z.url({ protocol: /^https$/ }).optional(),
	read: z.boolean(),
});

/** An article number, an ayat (paragraph) number, a huruf (letter). */
const ArticleNumberSchema = z.string().regex(/^\d+$/, 'must be a number, written as digits');
const HurufSchema = z.string().regex(/^[a-z]$/, 'must be one lower-case letter');

/**
 * A passage of a regulation, quoted verbatim, with the steps of the SOP it concerns. Most quotes are one passage
 * (`quote` has one entry, shown as a block quotation). When the sources quote only words of a passage, `frame` gives
 * the site's own words around them in every language, with `{1}`, `{2}`… where each quoted fragment goes.
 */
export const QuotedArticleSchema = z.strictObject({
	/** `<regulation>-pasal-<n>[-ayat-<n>][-huruf-<x>][-penjelasan]`, checked against the fields. */
	id: SlugSchema,
	regulation: SlugSchema,
	/** Pasal (article). */
	article: ArticleNumberSchema,
	/** Ayat (paragraph), when the quote is of one. */
	ayat: ArticleNumberSchema.optional(),
	/** Huruf (letter of a list), when the quote is of one. */
	huruf: HurufSchema.optional(),
	/** True when the quote is from the official elucidation (Penjelasan) of the article, not the article itself. */
	elucidation: z.boolean().default(false),
	/** The words of the regulation, verbatim (in Indonesian), each one passage or fragment. */
	quote: z.array(z.string().trim().min(1)).min(1),
	frame: TextSchema.optional(),
	/** A faithful rendering of the whole (frame and quote) that says no more than the quote; words in [brackets] are added to explain. */
	rendering: RenderingSchema,
	/** The ids of the SOP steps the quote concerns. */
	steps: z.array(SlugSchema).min(1),
});

/** A statement in plain words that the comparison's sources allow about some steps, in every language. */
export const FindingSchema = z.strictObject({
	id: SlugSchema,
	text: TextSchema,
	steps: z.array(SlugSchema).min(1),
});

/**
 * Where a step of the 2015 SOP stands against PP 28/2018:
 * `still-required`: a regulation still requires it (quoted);
 * `changed`: PP 28/2018 now sets out something about it, which may differ from the SOP or add to it (quoted);
 * `not-named`: what the step is about is not named in PP 28/2018 (which never means it is no longer required);
 * `not-regulated`: PP 28/2018 does not regulate it (internal city workflow).
 */
export const StatusIdSchema = z.enum(['still-required', 'changed', 'not-named', 'not-regulated']);

/** How a status is named and explained to readers; listed in the order pages show them. */
export const StatusSchema = z.strictObject({
	id: StatusIdSchema,
	/** A kebab-case slug in the main language for the status's anchor on the comparison page. */
	anchor: SlugSchema,
	label: TextSchema,
	description: TextSchema,
});

/** The status of one SOP step. */
export const StepStatusSchema = z.strictObject({
	step: SlugSchema,
	status: StatusIdSchema,
});

/** The whole comparison as its source files hold it (`src/content/regulations/`). */
export const RegulationsSchema = z.strictObject({
	/** The date the comparison was made (the sources read, the statuses set). */
	comparedOn: IsoDateSchema,
	/** The caveat every statement about later law carries, visibly, in every language. */
	caveat: TextSchema,
	statuses: z.array(StatusSchema).min(1),
	regulations: z.array(RegulationSchema).min(1),
	articles: z.array(QuotedArticleSchema).min(1),
	findings: z.array(FindingSchema).min(1),
	stepStatuses: z.array(StepStatusSchema).min(1),
});

export type StatusId = z.output<typeof StatusIdSchema>;
export type Status = z.output<typeof StatusSchema>;
export type Regulation = z.output<typeof RegulationSchema>;
export type QuotedArticle = z.output<typeof QuotedArticleSchema>;
export type Finding = z.output<typeof FindingSchema>;
export type StepStatus = z.output<typeof StepStatusSchema>;
export type Rendering = z.output<typeof RenderingSchema>;

/** The validated comparison of the SOP with the regulations that followed it; pages and features derive from it. */
export type Regulations = z.output<typeof RegulationsSchema>;

/** The comparison as authors write it (defaults may be omitted). */
export type RegulationsInput = z.input<typeof RegulationsSchema>;

export type { Text };
