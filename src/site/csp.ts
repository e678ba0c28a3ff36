import { createHash } from 'node:crypto';

/** A CSP hash source, as Astro's `security.csp` expects it (without the quotes). */
export type CspHash = `sha256-${string}`;

/** The CSP hash source of a script's or style's exact text. */
export function hashForCsp(text: string): CspHash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The text of every `<style>` element in a piece of markup (an inline SVG, say), for hashing. */
export function findInlineStyles(markup: string): string[] {
	return [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}
