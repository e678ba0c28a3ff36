import { orderedSteps } from '../../model/query';
import { isLang, LANGS, LANGUAGES, type Lang } from '../../model/languages';
import type { Sop } from '../../model/schema';

/** A prose file found in the explanations folder: its path from the project root and its text. */
export interface ExplanationFile {
	file: string;
	body: string;
}

/** Thrown when explanations are missing, empty or about a step that does not exist; the message names each file. */
export class ExplanationError extends Error {
	/** Each problem, with its file, entry and field. */
	readonly issues: string[];

	constructor(issues: string[]) {
		super(`Invalid step explanations (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n- ${issues.join('\n- ')}`);
		this.issues = issues;
		this.name = 'ExplanationError';
	}
}

/** The file that must hold the explanation of a step in a language. */
export function explanationPath(dir: string, lang: Lang, stepId: string): string {
	return `${dir}/${lang}/${stepId}.mdx`;
}

/** The language and step a file in `dir` explains, or undefined when its path is not `<dir>/<lang>/<step-id>.mdx`. */
export function parseExplanationPath(dir: string, file: string): { lang: Lang; stepId: string } | undefined {
	const prefix = `${dir}/`;
	if (!file.startsWith(prefix)) return undefined;
	const match = /^([a-z]+)\/([a-z0-9-]+)\.mdx$/.exec(file.slice(prefix.length));
	if (!match || !isLang(match[1])) return undefined;
	return { lang: match[1] as Lang, stepId: match[2]! };
}

/** Every problem with the explanations in `dir`: a step without prose in a language, an empty file, or a file that names no step. */
export function findExplanationIssues(sop: Sop, files: ExplanationFile[], dir: string): string[] {
	const issues: string[] = [];
	const stepIds = new Set(sop.steps.map((step) => step.id));
	const found = new Set<string>();
	for (const { file, body } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
		const parsed = parseExplanationPath(dir, file);
		if (!parsed) {
			issues.push(`${file}: not a step explanation; expected ${dir}/<${LANGS.join('|')}>/<step-id>.mdx`);
		} else if (!stepIds.has(parsed.stepId)) {
			issues.push(`${file}: explains step "${parsed.stepId}", which the SOP model does not have`);
		} else if (body.trim() === '') {
			issues.push(`${file}: the explanation is empty`);
		} else {
			found.add(`${parsed.lang}/${parsed.stepId}`);
		}
	}
	for (const step of orderedSteps(sop)) {
		for (const { code: lang, englishName: language } of LANGUAGES) {
			if (!found.has(`${lang}/${step.id}`)) {
				const file = explanationPath(dir, lang, step.id);
				if (!files.some((f) => f.file === file)) issues.push(`${file}: missing; step ${step.number} "${step.id}" has no ${language} explanation`);
			}
		}
	}
	return issues;
}

/** Throws an ExplanationError naming every problem file, so that the build fails. */
export function assertExplanations(sop: Sop, files: ExplanationFile[], dir: string): void {
	const issues = findExplanationIssues(sop, files, dir);
	if (issues.length > 0) throw new ExplanationError(issues);
}
