import type { Office, Sop } from '../../model/schema';
import { getDocument, getOffice, orderedSteps } from '../../model/query';

/** Who may submit a proposal: the issuers of what the first step receives from outside the city government (its proposal letter). */
export function proposers(sop: Sop): Office[] {
	const first = orderedSteps(sop)[0];
	const incoming = (first?.requires ?? []).map((id) => getDocument(sop, id)).filter((doc) => doc.origin === 'outside');
	return [...new Set(incoming.flatMap((doc) => doc.issuedBy))].map((id) => getOffice(sop, id));
}
