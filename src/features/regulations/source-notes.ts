/**
 * Reads the comparison's source notes (the verified quotes, kept outside the repository) into passages keyed by
 * citation, so that tests can hold every quote the site shows to the notes' own text. Never shipped: tests use it.
 */

/** Where a passage sits: the regulation as the notes write it ("PP 28/2018"), article, ayat, huruf, elucidation. */
export interface SourceCitation {
	regulation: string;
	article: string;
	ayat?: string;
	huruf?: string;
	elucidation: boolean;
}

/** The key of a citation in the map `readSourceNotes` returns. */
export function citationKey({ regulation, article, ayat, huruf, elucidation }: SourceCitation): string {
	return [regulation, `Pasal ${article}`, ayat && `ayat (${ayat})`, huruf && `huruf ${huruf}`, elucidation && 'Penjelasan'].filter(Boolean).join(' ');
}

/** The notes' text with each line break and its indentation read as one space, as the wrapped lines are meant. */
export function unwrap(text: string): string {
	return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}

const ARTICLE_HEADING = /^(?:(\S+ \d+\/\d{4}) )?Pasal (\d+)(?: ayat \((\d+)\))?(?: huruf ([a-z]))?$/;
const ELUCIDATION_HEADING = /^Penjelasan(?: Pasal (\d+)(?: ayat \((\d+)\))?)?$/;
const AYAT_HEADING = /^Ayat \((\d+)\)$/;
/** An ayat's number where a passage of several begins: "(3) ", but not a reference such as "ayat (3)". */
const AYAT_MARKER = /(?<!ayat )\((\d+)\) /g;

/**
 * The passages of the section "## The quotes" of the notes, by citation key: each bold heading (`**PP 28/2018 Pasal
 * 30**`, `**Penjelasan**`, `**Ayat (5)**`) opens a passage, which inherits what its heading leaves out from the one
 * before; a passage of a whole article is cut at its ayat markers "(1) ", "(2) ".
 */
export function readSourceNotes(markdown: string): Map<string, string> {
	const section = unwrap(markdown.split(/^## The quotes$/m)[1]?.split(/^## /m)[0] ?? '');
	if (section === '') throw new Error('the notes have no section "## The quotes"');
	const passages = new Map<string, string>();
	const headings = [...section.matchAll(/\*\*([^*]+)\*\*/g)];
	let current: SourceCitation | undefined;
	headings.forEach((heading, i) => {
		const title = heading[1]!.trim();
		const body = section.slice(heading.index! + heading[0].length, headings[i + 1]?.index ?? section.length);
		current = nextCitation(title, current);
		const add = (citation: SourceCitation, text: string) => {
			const key = citationKey(citation);
			passages.set(key, (passages.get(key) ?? '') + text);
		};
		const markers = current.ayat === undefined ? [...body.matchAll(AYAT_MARKER)] : [];
		if (markers.length === 0) add(current, body);
		markers.forEach((marker, j) => add({ ...current!, ayat: marker[1] }, body.slice(marker.index, markers[j + 1]?.index ?? body.length)));
	});
	return passages;
}

/** The citation a bold heading opens, given the one before it. */
function nextCitation(title: string, previous: SourceCitation | undefined): SourceCitation {
	const article = title.match(ARTICLE_HEADING);
	const regulation = article?.[1] ?? previous?.regulation;
	if (article && regulation) return { regulation, article: article[2]!, ayat: article[3], huruf: article[4], elucidation: false };
	const elucidation = title.match(ELUCIDATION_HEADING);
	if (elucidation && previous) {
		return elucidation[1] ? { regulation: previous.regulation, article: elucidation[1], ayat: elucidation[2], elucidation: true } : { ...previous, elucidation: true };
	}
	const ayat = title.match(AYAT_HEADING);
	if (ayat && previous) return { ...previous, ayat: ayat[1], huruf: undefined, elucidation: false };
	throw new Error(`the notes' heading "${title}" names no passage the reader knows`);
}

/** Whether a passage quotes exactly these words: the whole of one quotation, between its straight quotation marks. */
export function quotesExactly(passage: string | undefined, words: string): boolean {
	return passage !== undefined && passage.includes(`"${words}"`);
}
