import { localeOf, type Lang } from '../../model/languages';
import { getDocument } from '../../model/query';
import type { Routing, Sop } from '../../model/schema';
import { translate } from './strings';

/** The heading of a step's route: it names the documents that travel ("Alur: Telaahan staf dan Disposisi Kasubag"). */
export function routingTitle(sop: Sop, routing: Routing, lang: Lang): string {
	const names = routing.carries.map((id) => getDocument(sop, id).name[lang]);
	return translate(lang, 'stepPage.routing', { documents: new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(names) });
}
