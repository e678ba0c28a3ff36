import { readFileSync } from 'node:fs';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';

/** The project's bpmnlint configuration (the recommended rules; any rule turned off there says why). */
export const LINT_CONFIG: unknown = JSON.parse(readFileSync(new URL('./.bpmnlintrc', import.meta.url), 'utf8'));

/** BPMN XML read with bpmn-moddle: the model, and the reader's warnings (anything it could not map to BPMN 2.0). */
export async function readBpmn(xml: string): Promise<{ definitions: ModdleElement; warnings: string[]; elementsById: Record<string, ModdleElement> }> {
	const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(xml);
	return { definitions: rootElement, warnings: warnings.map((warning) => warning.message), elementsById };
}

/** Every report of bpmnlint's rules on a model, errors and warnings alike, as "rule: element: message". */
export async function lintBpmn(definitions: ModdleElement): Promise<string[]> {
	const results = await new Linter({ config: LINT_CONFIG, resolver: new NodeResolver() }).lint(definitions);
	return Object.entries(results).flatMap(([rule, reports]) => reports.map((report) => `${rule}: ${report.id ?? '(file)'}: ${report.message}`));
}
