import { statusOfStep } from '../../model/regulation-query';
import type { Regulations, StatusId } from '../../model/regulation-schema';
import type { Step } from '../../model/schema';

/** The class of a step's box in the flow diagram by status: `sk-st-<status>` (regulations.css styles each). */
export function statusClass(status: StatusId): string {
	return `sk-st-${status}`;
}

/**
 * The variant of the whole-flow diagram that marks each step's box with its status against PP 28/2018 (the diagram
 * feature draws it at build time; the page of changes shows it).
 */
export function statusDiagramVariant(regulations: Regulations): { id: string; stepClass: (step: Step) => string } {
	return { id: 'status', stepClass: (step) => statusClass(statusOfStep(regulations, step.id)) };
}
