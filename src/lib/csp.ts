import { createHash } from 'node:crypto';

/** A CSP hash source, as Astro's `security.csp` expects it (without the quotes). */
export type CspHash = `sha256-${string}`;

/** The CSP hash source of a script's or style's exact text. */
export function hashForCsp(text: string): CspHash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The text of every `<script is:inline>` element in the source of an Astro component, exactly as Astro emits it. */
export function findInlineScripts(astroSource: string): string[] {
	const scripts: string[] = [];
	for (const match of astroSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attributes = match[1] ?? '';
		if (/\bis:inline\b/.test(attributes) && !/\b(src|define:vars)\b/.test(attributes)) scripts.push(match[2] ?? '');
	}
	return scripts;
}

/** The CSP hashes of the inline scripts of a set of Astro component sources, without duplicates, sorted. */
export function hashInlineScripts(astroSources: string[]): CspHash[] {
	return [...new Set(astroSources.flatMap(findInlineScripts).map(hashForCsp))].sort();
}

/** The text of every `<style>` element in a piece of markup (an inline SVG, say), for hashing. */
export function findInlineStyles(markup: string): string[] {
	return [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}
