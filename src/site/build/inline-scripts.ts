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

/** Whether a `<script>` with these attributes runs code written inside it, classic or module (not data, not `src`). */
export function isExecutableInlineScript(attributes: string): boolean {
	return isClassicInlineScript(attributes) || (!/(?:^|\s)src\s*=/i.test(attributes) && /(?:^|\s)type\s*=\s*["']?module\b/i.test(attributes));
}

/** The code of every inline script of a page that the browser runs, as the page holds it. */
export function executableInlineScripts(html: string): string[] {
	return [...html.matchAll(SCRIPT)].filter(([, attributes = '', code = '']) => isExecutableInlineScript(attributes) && code !== '').map(([, , code = '']) => code);
}

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The page with the `script-src` of its policy `<meta>` listing exactly `hashes` (its other sources kept); unchanged without a policy. */
export function setScriptHashes(html: string, hashes: string[]): string {
	return html.replace(CSP_META, (_meta, start: string, policy: string, end: string) => {
		const directives = policy.split(';').map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (name !== 'script-src') return directive.trim();
			const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
			return [name, ...kept, ...[...new Set(hashes)].sort().map((hash) => `'${hash}'`)].join(' ');
		});
		return start + directives.filter((directive) => directive !== '').join('; ') + end;
	});
}

/**
 * Minifies the page's classic inline scripts, then makes its policy allow exactly the inline scripts the page holds,
 * by hash: the hashes Astro wrote were of the scripts before minifying, and of scripts other pages hold.
 */
export function finaliseInlineScripts(html: string, minify: (code: string) => string, hash: (code: string) => string): string {
	const minified = minifyInlineScripts(html, minify);
	return setScriptHashes(minified, executableInlineScripts(minified).map(hash));
}
