import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { finaliseInlineScripts, isClassicInlineScript, isExecutableInlineScript, minifyInlineScripts, setScriptHashes } from './inline-scripts';

const upper = (code: string) => code.toUpperCase();

describe('isClassicInlineScript', () => {
	it('takes scripts without type, or with a JavaScript type', () => {
		expect(isClassicInlineScript('')).toBe(true);
		expect(isClassicInlineScript(' aria-hidden="true"')).toBe(true);
		expect(isClassicInlineScript(' type="text/javascript"')).toBe(true);
		expect(isClassicInlineScript(" type='application/javascript'")).toBe(true);
	});
	it('leaves modules, data and scripts loaded from a file', () => {
		expect(isClassicInlineScript(' type="module"')).toBe(false);
		expect(isClassicInlineScript(' type=module')).toBe(false);
		expect(isClassicInlineScript(' type="application/json" data-sk-wizard-data')).toBe(false);
		expect(isClassicInlineScript(' src="/a.js"')).toBe(false);
	});
	it('does not mistake a data attribute for src', () => expect(isClassicInlineScript(' data-src="x"')).toBe(true));
});

describe('minifyInlineScripts', () => {
	it('rewrites the code of classic inline scripts only', () => {
		const html = '<script>a()</script><script type="module">b()</script><script type="application/json">{"c":1}</script><script src="/d.js"></script>';
		expect(minifyInlineScripts(html, upper)).toBe('<script>A()</script><script type="module">b()</script><script type="application/json">{"c":1}</script><script src="/d.js"></script>');
	});
	it('keeps the attributes of the script', () => expect(minifyInlineScripts('<script aria-hidden="true"> x </script>', upper)).toBe('<script aria-hidden="true"> X </script>'));
	it('leaves empty scripts and the rest of the page alone', () => {
		const html = '<p>script</p><script></script><p>done</p>';
		expect(minifyInlineScripts(html, upper)).toBe(html);
	});
	it('with esbuild, shortens a script and keeps what it does', () => {
		const code = `
			window.answer = (() => {
				const value = 40;
				return value + 2;
			})();
		`;
		const minified = minifyInlineScripts(`<script>${code}</script>`, (c) => transformSync(c, { loader: 'js', minify: true }).code.trim());
		const inner = /<script>([\s\S]*)<\/script>/.exec(minified)![1]!;
		expect(inner.length).toBeLessThan(code.length / 2);
		const window: { answer?: number } = {};
		new Function('window', inner)(window);
		expect(window.answer).toBe(42);
	});
});

describe('isExecutableInlineScript', () => {
	it('takes classic and module scripts written in the page', () => {
		expect(isExecutableInlineScript('')).toBe(true);
		expect(isExecutableInlineScript(' type="module"')).toBe(true);
	});
	it('leaves data and scripts loaded from a file', () => {
		expect(isExecutableInlineScript(' type="application/json"')).toBe(false);
		expect(isExecutableInlineScript(' type="module" src="/a.js"')).toBe(false);
	});
});

describe('setScriptHashes', () => {
	const page = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
	it('replaces the script hashes and keeps the other sources and directives', () => {
		expect(setScriptHashes(page("default-src 'self'; script-src 'self' 'sha256-old='; style-src 'self' 'sha256-css='"), ['sha256-b=', 'sha256-a=', 'sha256-a='])).toBe(
			page("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-css='"),
		);
	});
	it('leaves a page without a policy as it is', () => expect(setScriptHashes('<p>x</p>', ['sha256-a='])).toBe('<p>x</p>'));
});

describe('finaliseInlineScripts', () => {
	it('lists the hashes of the minified scripts, module ones included, and no others', () => {
		const html = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-unused='"><script>a()</script><script type="module">b()</script><script type="application/json">{}</script>`;
		expect(finaliseInlineScripts(html, upper, (code) => `sha256-${code}`)).toBe(
			`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-A()' 'sha256-b()'"><script>A()</script><script type="module">b()</script><script type="application/json">{}</script>`,
		);
	});
});
