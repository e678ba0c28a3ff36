import { REGULATION_LANG, type Finding, type QuotedArticle, type Regulation, type Regulations, type Status, type StatusId } from './regulation-schema';
import type { Lang, Text } from './schema';

/** What the comparison says about one step: its status, the statements and quotes behind it, and the caveat they carry. */
export interface RegulationNote {
	stepId: string;
	status: Status;
	/** Plain-words statements, in the order of the findings file. */
	findings: Finding[];
	/** The quoted articles that concern the step, in the order of the articles file. */
	articles: QuotedArticle[];
	/** Shown wherever any of this is shown. */
	caveat: Text;
}

/** The status, statements, quotes and caveat for a step (throws for a step the comparison does not cover). */
export function regulationNoteFor(regulations: Regulations, stepId: string): RegulationNote {
	return {
		stepId,
		status: getStatus(regulations, statusOfStep(regulations, stepId)),
		findings: regulations.findings.filter((finding) => finding.steps.includes(stepId)),
		articles: articlesForStep(regulations, stepId),
		caveat: regulations.caveat,
	};
}

/** The status id of a step (the validated data gives every SOP step one). */
export function statusOfStep(regulations: Regulations, stepId: string): StatusId {
	return required(regulations.stepStatuses.find((entry) => entry.step === stepId), 'step status', stepId).status;
}

/** How a status is named and explained. */
export function getStatus(regulations: Regulations, id: StatusId): Status {
	return required(
		regulations.statuses.find((status) => status.id === id),
		'status',
		id,
	);
}

/** The ids of the steps with a status, in the order of the step statuses (the SOP's order). */
export function stepsWithStatus(regulations: Regulations, id: StatusId): string[] {
	return regulations.stepStatuses.filter((entry) => entry.status === id).map((entry) => entry.step);
}

/** The quoted articles that concern a step. */
export function articlesForStep(regulations: Regulations, stepId: string): QuotedArticle[] {
	return regulations.articles.filter((article) => article.steps.includes(stepId));
}

/** The quoted article with this id (`pp-28-2018-pasal-30-ayat-4`); throws when there is none. */
export function getArticle(regulations: Regulations, id: string): QuotedArticle {
	return required(
		regulations.articles.find((article) => article.id === id),
		'article',
		id,
	);
}

/** The regulation with this id; throws when there is none. */
export function getRegulation(regulations: Regulations, id: string): Regulation {
	return required(
		regulations.regulations.find((regulation) => regulation.id === id),
		'regulation',
		id,
	);
}

/** The regulations that are quoted, in the order of the regulations file. */
export function quotedRegulations(regulations: Regulations): Regulation[] {
	return regulations.regulations.filter((regulation) => regulations.articles.some((article) => article.regulation === regulation.id));
}

/** The regulations named but not read for the comparison (Permendagri 25/2020). */
export function unreadRegulations(regulations: Regulations): Regulation[] {
	return regulations.regulations.filter((regulation) => !regulation.read);
}

/** How each language cites a passage: "PP 28/2018 Pasal 30 ayat (4)", "Government Regulation 28/2018, Article 30(4)". */
const CITATION: Record<Lang, (regulation: string, article: QuotedArticle) => string> = {
	id: (regulation, { article, ayat, huruf, elucidation }) =>
		`${elucidation ? 'Penjelasan ' : ''}${regulation} Pasal ${article}${ayat ? ` ayat (${ayat})` : ''}${huruf ? ` huruf ${huruf}` : ''}`,
	en: (regulation, { article, ayat, huruf, elucidation }) =>
		`${elucidation ? 'Elucidation of ' : ''}${regulation}, Article ${article}${ayat ? `(${ayat})` : ''}${huruf ? `(${huruf})` : ''}`,
};

/** The citation of a quoted article in a language: "PP 28/2018 Pasal 30 ayat (4)" / "Government Regulation 28/2018, Article 30(4)". */
export function citationOf(regulations: Regulations, article: QuotedArticle, lang: Lang): string {
	return CITATION[lang](getRegulation(regulations, article.regulation).short[lang], article);
}

/** A piece of a quote as pages show it: the regulation's own words, or the site's words around them. */
export type QuotePart = { quoted: true; text: string } | { quoted: false; text: string };

/**
 * A quote as pages show it in a language: a single passage is one quoted part; fragments are placed in the frame,
 * with the site's words between them in the page's language.
 */
export function quotePartsOf(article: QuotedArticle, lang: Lang): QuotePart[] {
	if (!article.frame) return article.quote.map((text) => ({ quoted: true, text }));
	return article.frame[lang]
		.split(/(\{\d+\})/)
		.filter((piece) => piece !== '')
		.map((piece) => {
			const placeholder = piece.match(/^\{(\d+)\}$/);
			return placeholder ? { quoted: true, text: article.quote[Number(placeholder[1]) - 1]! } : { quoted: false, text: piece };
		});
}

/** The rendering of a quote for a page in a language, or undefined on pages in the regulations' own language. */
export function renderingOf(article: QuotedArticle, lang: Lang): string | undefined {
	return lang === REGULATION_LANG ? undefined : article.rendering[lang];
}

function required<T>(value: T | undefined, kind: string, id: string): T {
	if (value === undefined) throw new Error(`No ${kind} "${id}" in the regulation data`);
	return value;
}
