import { getCollection, type CollectionEntry } from 'astro:content';
import { assertExplanations, parseExplanationPath } from './explanations';
import type { Lang, Sop } from '../../model/schema';

/** Where the step explanations live, from the project root. */
export const EXPLANATIONS_DIR = 'src/content/explanations';

/** A checked explanation entry, ready for `render()`. */
export type Explanation = CollectionEntry<'explanations'>;

/** Every step's explanation by language and step id; fails the build, naming the files, when one is missing, empty or about no step. */
export async function loadExplanations(sop: Sop): Promise<(lang: Lang, stepId: string) => Explanation> {
	const entries = await getCollection('explanations');
	const fileOf = (entry: Explanation) => entry.filePath ?? `${EXPLANATIONS_DIR}/${entry.id}`;
	assertExplanations(
		sop,
		entries.map((entry) => ({ file: fileOf(entry), body: entry.body ?? '' })),
		EXPLANATIONS_DIR,
	);
	const byKey = new Map(
		entries.map((entry) => {
			const { lang, stepId } = parseExplanationPath(EXPLANATIONS_DIR, fileOf(entry))!;
			return [`${lang}/${stepId}`, entry];
		}),
	);
	return (lang, stepId) => byKey.get(`${lang}/${stepId}`)!;
}
