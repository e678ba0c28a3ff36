import { loadRegulations, type RegulationSources } from '../../model/regulation-validate';
import { sop } from '../sop';
import { articles } from './articles';
import { caveat, comparedOn, statuses } from './comparison';
import { findings } from './findings';
import { regulations as regulationList } from './regulations';
import { stepStatuses } from './step-status';

/** Where each part of the comparison is written, so that a validation error names the file to fix. */
export const REGULATION_SOURCES: RegulationSources = {
	comparison: 'src/content/regulations/comparison.ts',
	statuses: 'src/content/regulations/comparison.ts',
	regulations: 'src/content/regulations/regulations.ts',
	articles: 'src/content/regulations/articles.ts',
	findings: 'src/content/regulations/findings.ts',
	stepStatuses: 'src/content/regulations/step-status.ts',
};

/** The validated comparison of the SOP with later regulations; importing it fails the build when the data is invalid. */
export const regulations = loadRegulations(
	{ comparedOn, caveat, statuses, regulations: regulationList, articles, findings, stepStatuses },
	REGULATION_SOURCES,
	sop,
);
