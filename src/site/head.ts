/** A `<head>` entry as Starlight's route data holds it. */
export interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined>;
}

/** Head tags that say nothing a reader, a search engine or a link preview needs: the generators and Twitter's card type. */
export function isNeedlessHeadEntry(entry: HeadEntry): boolean {
	const name = entry.attrs?.name;
	return entry.tag === 'meta' && (name === 'generator' || name === 'twitter:card');
}
