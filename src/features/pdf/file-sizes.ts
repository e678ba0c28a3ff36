import { isLang, MAIN_LANG, type Lang } from '../../model/languages';
import { formatBytes, SIZE_OF_ATTRIBUTE } from '../../site/downloads';

/** A `<data>` element whose size the build fills in: its attributes, the path it names, its text. */
const SIZE_ELEMENT = new RegExp(`<data\\b([^>]*?)\\s${SIZE_OF_ATTRIBUTE}="([^"]*)"([^>]*)>[^<]*</data>`, 'g');

/** Whether a page holds a size to fill in. */
export function hasFileSizes(html: string): boolean {
	return html.includes(SIZE_OF_ATTRIBUTE);
}

/** The language of a page, from its `<html lang>`; the main language when it names none of the site's. */
export function pageLang(html: string): Lang {
	const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1];
	return isLang(lang) ? lang : MAIN_LANG;
}

/** A page with every size to fill in emptied: what it is before and after the sizes, so that a hash of it ignores them. */
export function withoutFileSizes(html: string): string {
	return html.replace(SIZE_ELEMENT, (_match, before: string, path: string, after: string) => sizeElement('', path, before + after, ''));
}

/** A page with each size to fill in set to the size of the file it names (`sizeOf` a root-relative path), in the page's language. */
export function fillFileSizes(html: string, sizeOf: (path: string) => number): string {
	const lang = pageLang(html);
	return html.replace(SIZE_ELEMENT, (_match, before: string, path: string, after: string) => {
		const bytes = sizeOf(path);
		return sizeElement(String(bytes), path, before + after, formatBytes(bytes, lang));
	});
}

/** The element with its value, the path it names, its other attributes (but its old value) and its text. */
function sizeElement(value: string, path: string, attributes: string, text: string): string {
	return `<data value="${value}" ${SIZE_OF_ATTRIBUTE}="${path}"${attributes.replace(/(^|\s)value="[^"]*"/, '')}>${text}</data>`;
}
