const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript']);

/** Whether a `<script>` with these attributes runs the classic script written inside it (no `src`, no module, not data). */
export function isClassicInlineScript(attributes: string): boolean {
	if (/(?:^|\s)src\s*=/i.test(attributes)) return false;
	const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
	return JAVASCRIPT_TYPES.has((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase());
}

/** The HTML with the code of each classic inline script replaced by `minify(code)`; other scripts are left as they are. */
export function minifyInlineScripts(html: string, minify: (code: string) => string): string {
	return html.replace(SCRIPT, (tag, attributes: string | undefined, code: string) =>
		isClassicInlineScript(attributes ?? '') && code.trim() !== '' ? `<script${attributes ?? ''}>${minify(code)}</script>` : tag,
	);
}
