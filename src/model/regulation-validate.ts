import type { z } from 'astro/zod';
import { RegulationsSchema, StatusIdSchema, type QuotedArticle, type Regulations } from './regulation-schema';
import type { Sop } from './schema';

/** The lists of the comparison, each written in a file of its own. */
type Collection = 'statuses' | 'regulations' | 'articles' | 'findings' | 'stepStatuses';

/** The source file of each part of the comparison, named in error messages (`comparison` holds the date and the caveat). */
export type RegulationSources = Record<Collection | 'comparison', string>;

/** Thrown when the comparison's data is invalid; `issues` lists each problem with its file, entry and field. */
export class RegulationValidationError extends Error {
	/** Each problem, with its file, entry and field. */
	readonly issues: string[];

	constructor(issues: string[]) {
		super(`Invalid regulation data (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n- ${issues.join('\n- ')}`);
		this.issues = issues;
		this.name = 'RegulationValidationError';
	}
}

const COLLECTIONS: readonly Collection[] = ['statuses', 'regulations', 'articles', 'findings', 'stepStatuses'];

/** Statuses that say what a regulation now says, so they need at least one quote. */
const QUOTED_STATUSES = new Set(['still-required', 'changed']);

/** Parses and checks the comparison against the SOP it compares; returns it typed, or throws a RegulationValidationError. */
export function loadRegulations(input: unknown, sources: RegulationSources, sop: Sop): Regulations {
	const parsed = RegulationsSchema.safeParse(input);
	if (!parsed.success) throw new RegulationValidationError(describeSchemaIssues(parsed.error, input, sources));
	const issues = findRegulationIssues(parsed.data, sources, sop);
	if (issues.length > 0) throw new RegulationValidationError(issues);
	return parsed.data;
}

/** Turns zod's issues into lines that name the file, the entry (by id, or by step) and the field. */
function describeSchemaIssues(error: z.ZodError, input: unknown, sources: RegulationSources): string[] {
	return error.issues.map((issue) => {
		const [collection, index, ...field] = issue.path.map(String);
		if (!COLLECTIONS.includes(collection as Collection)) return `${sources.comparison}: ${collection ?? '(root)'}: ${issue.message}`;
		const file = sources[collection as Collection];
		if (index === undefined) return `${file}: ${collection}: ${issue.message}`;
		const entries = (input as Record<string, unknown>)?.[collection!];
		const entry = Array.isArray(entries) ? (entries[Number(index)] as Record<string, unknown> | undefined) : undefined;
		const key = entry?.id ?? entry?.step;
		const name = typeof key === 'string' ? key : `#${index}`;
		return `${file}: ${collection} "${name}" › ${field.join('.') || '(entry)'}: ${issue.message}`;
	});
}

/** The id an article's citation gives it: `pp-28-2018-pasal-30-ayat-4`, `uu-23-2014-pasal-154-ayat-1-huruf-g-penjelasan`. */
export function articleIdOf(article: Pick<QuotedArticle, 'regulation' | 'article' | 'ayat' | 'huruf' | 'elucidation'>): string {
	return [
		article.regulation,
		`pasal-${article.article}`,
		article.ayat && `ayat-${article.ayat}`,
		article.huruf && `huruf-${article.huruf}`,
		article.elucidation && 'penjelasan',
	]
		.filter(Boolean)
		.join('-');
}

/** The `{n}` placeholders of a frame, in order of appearance. */
function placeholdersOf(frame: string): string[] {
	return [...frame.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Every cross-reference and completeness rule the schema alone cannot check. */
export function findRegulationIssues(data: Regulations, sources: RegulationSources, sop: Sop): string[] {
	const issues: string[] = [];
	const report = (collection: Collection, name: string, field: string, message: string) =>
		issues.push(`${sources[collection]}: ${collection} "${name}" › ${field}: ${message}`);
	const stepIds = new Set(sop.steps.map((step) => step.id));
	const checkStep = (collection: Collection, name: string, field: string, ref: string) => {
		if (!stepIds.has(ref)) report(collection, name, field, `unknown step "${ref}"`);
	};

	for (const collection of ['statuses', 'regulations', 'articles', 'findings'] as const) {
		const seen = new Set<string>();
		for (const entry of data[collection]) {
			if (seen.has(entry.id)) report(collection, entry.id, 'id', `duplicate id "${entry.id}"`);
			seen.add(entry.id);
		}
	}

	const regulations = new Map(data.regulations.map((regulation) => [regulation.id, regulation]));
	for (const article of data.articles) {
		const regulation = regulations.get(article.regulation);
		if (!regulation) report('articles', article.id, 'regulation', `unknown regulation "${article.regulation}"`);
		else if (!regulation.read) report('articles', article.id, 'regulation', `regulation "${article.regulation}" could not be read (read: false), so it cannot be quoted`);
		const expectedId = articleIdOf(article);
		if (article.id !== expectedId) report('articles', article.id, 'id', `must be "${expectedId}", as its citation gives it`);
		if (article.huruf && !article.ayat) report('articles', article.id, 'huruf', 'a huruf needs its ayat');
		article.steps.forEach((ref, i) => checkStep('articles', article.id, `steps[${i}]`, ref));
		checkFrame(article, (field, message) => report('articles', article.id, field, message));
	}
	for (const finding of data.findings) finding.steps.forEach((ref, i) => checkStep('findings', finding.id, `steps[${i}]`, ref));

	const defined = new Set(data.statuses.map((status) => status.id));
	for (const id of StatusIdSchema.options) {
		if (!defined.has(id)) issues.push(`${sources.statuses}: statuses: status "${id}" has no label`);
	}
	const anchors = new Set<string>();
	for (const status of data.statuses) {
		if (anchors.has(status.anchor)) report('statuses', status.id, 'anchor', `duplicate anchor "${status.anchor}"`);
		anchors.add(status.anchor);
	}

	const statusOf = new Map<string, string>();
	for (const entry of data.stepStatuses) {
		checkStep('stepStatuses', entry.step, 'step', entry.step);
		if (statusOf.has(entry.step)) report('stepStatuses', entry.step, 'step', `step "${entry.step}" has more than one status`);
		statusOf.set(entry.step, entry.status);
	}
	for (const step of sop.steps) {
		const status = statusOf.get(step.id);
		if (status === undefined) {
			issues.push(`${sources.stepStatuses}: stepStatuses: step ${step.number} ("${step.id}") has no status`);
			continue;
		}
		const quoted = data.articles.some((article) => article.steps.includes(step.id));
		if (QUOTED_STATUSES.has(status) && !quoted) report('stepStatuses', step.id, 'status', `"${status}" needs a quote: no article in ${sources.articles} concerns this step`);
		if (status === 'not-regulated' && quoted) report('stepStatuses', step.id, 'status', `"not-regulated", but an article in ${sources.articles} concerns this step`);
		if (!data.findings.some((finding) => finding.steps.includes(step.id))) {
			report('stepStatuses', step.id, 'step', `no statement in ${sources.findings} says in plain words where the step stands`);
		}
	}
	return issues;
}

/** Each fragment of a quote has its place in the frame, once, in every language; a single passage needs no frame. */
function checkFrame(article: QuotedArticle, report: (field: string, message: string) => void): void {
	const expected = article.quote.map((_, i) => String(i + 1));
	if (!article.frame) {
		if (article.quote.length > 1) report('frame', `${article.quote.length} quoted fragments need a frame that places them ({1}…{${article.quote.length}})`);
		return;
	}
	for (const [lang, frame] of Object.entries(article.frame)) {
		const found = placeholdersOf(frame);
		if ([...found].sort().join() !== expected.join()) report(`frame.${lang}`, `must place each quoted fragment once: ${expected.map((n) => `{${n}}`).join(', ')} (found ${found.map((n) => `{${n}}`).join(', ') || 'none'})`);
	}
}
