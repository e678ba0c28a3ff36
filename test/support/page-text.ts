import { parse } from 'node-html-parser';

/**
 * The text of a page's body as search indexes it and a copy gives it: without scripts, styles and drawings, white
 * space collapsed. Layout does not space it: words that only CSS (a flex gap, a margin) sets apart run together here.
 */
export function pageText(html: string): string {
	const body = parse(html).querySelector('body');
	if (!body) return '';
	body.querySelectorAll('script, style, svg, template').forEach((element) => element.remove());
	return body.text.replace(/\s+/g, ' ');
}

/** Each separator dot ("·") in a text that touches a word, with the characters around it. */
export function gluedSeparators(text: string): string[] {
	return [...text.matchAll(/.{0,20}(?:\S·|·\S).{0,20}/g)].map((match) => match[0].trim());
}
