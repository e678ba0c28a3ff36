// The parts of bpmn.io's libraries this project uses: bpmn-moddle ships types for BPMN elements but none for its
// entry point, bpmn-auto-layout none at all.

declare module 'bpmn-moddle' {
	/** An element of a BPMN model: its type, and properties read and written by name. */
	export interface ModdleElement {
		$type: string;
		id?: string;
		[property: string]: unknown;
	}

	/** A warning of the XML reader: something in the file it could not map to BPMN 2.0. */
	export interface ParseWarning {
		message: string;
	}

	/** Reads, creates and writes BPMN 2.0 models. */
	export class BpmnModdle {
		/** Creates an element of a BPMN type (`bpmn:Task`) with its properties. */
		create(type: string, properties?: Record<string, unknown>): ModdleElement;
		/** Parses BPMN 2.0 XML. */
		fromXML(xml: string): Promise<{ rootElement: ModdleElement; warnings: ParseWarning[]; elementsById: Record<string, ModdleElement> }>;
		/** Writes an element (the definitions) as BPMN 2.0 XML. */
		toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
	}
}

declare module 'bpmn-auto-layout' {
	/** Adds diagram interchange (a laid-out diagram) for the first process of BPMN 2.0 XML. */
	export function layoutProcess(xml: string): Promise<string>;
}

declare module 'bpmnlint' {
	/** A problem a rule found: the element and what is wrong, as an error or a warning. */
	export interface LintReport {
		id?: string;
		message: string;
		category?: 'error' | 'warn' | 'info';
	}
	/** Checks a BPMN model against the rules its configuration names. */
	export class Linter {
		constructor(options: { config: unknown; resolver: unknown });
		/** The reports of each rule that found something, by rule name. */
		lint(definitions: import('bpmn-moddle').ModdleElement): Promise<Record<string, LintReport[]>>;
	}
}

declare module 'bpmnlint/lib/resolver/node-resolver.js' {
	/** Finds rules and configurations (`bpmnlint:recommended`) as installed packages. */
	export default class NodeResolver {}
}
