import { loadSop, type SopSources } from '../../model/validate';
import { documents } from './documents';
import { levels } from './levels';
import { offices } from './offices';
import { phases } from './phases';
import { steps } from './steps';
import { terms } from './terms';

/** Where each part of the model is written, so that a validation error names the file to fix. */
export const SOP_SOURCES: SopSources = {
	levels: 'src/content/sop/levels.ts',
	phases: 'src/content/sop/phases.ts',
	offices: 'src/content/sop/offices.ts',
	documents: 'src/content/sop/documents.ts',
	steps: 'src/content/sop/steps.ts',
	terms: 'src/content/sop/terms.ts',
};

/** The validated SOP model; importing it fails the build when the data is invalid. */
export const sop = loadSop({ levels, phases, offices, documents, steps, terms }, SOP_SOURCES);
