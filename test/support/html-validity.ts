import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { fileForPath, listPages, type BuiltSite } from './built-site';

/** Validates with the project's `.htmlvalidate.mjs`, found from each file's folder upwards. */
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** html-validate's errors for every page of a build, as "page:line:column rule — message". */
export async function findInvalidHtml(site: BuiltSite): Promise<string[]> {
	const problems: string[] = [];
	for (const page of listPages(site)) {
		const report = await validator.validateFile(fileForPath(site, page)!);
		for (const result of report.results) {
			for (const message of result.messages) {
				problems.push(`${page}:${message.line}:${message.column} ${message.ruleId} — ${message.message} (${message.selector ?? 'document'})`);
			}
		}
	}
	return problems;
}
