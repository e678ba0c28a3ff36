import type { Lang } from '../model/languages';
import type { Step } from '../model/schema';
import { translate } from './site-strings';

/** How a step is named on its own: "Langkah 12" / "Step 12". */
export function stepNumberLabel(step: Pick<Step, 'number'>, lang: Lang): string {
	return translate(lang, 'step.label', { number: step.number });
}

/** How a step is named in full, everywhere: "Langkah 12: Mengajukan rencana kerjasama ke Wali Kota dan DPRD". */
export function stepLabel(step: Pick<Step, 'number' | 'title'>, lang: Lang): string {
	return `${stepNumberLabel(step, lang)}: ${step.title[lang]}`;
}
