import { describe, expect, it } from 'vitest';
import { hashForCsp } from '../../src/site/csp';
import { findCspProblems, findCspProblemsInPage, parsePolicy } from './csp';

/** A page with a policy and a body. */
const page = (policy: string, body: string) =>
	`<!DOCTYPE html><html lang="id"><head><meta http-equiv="content-security-policy" content="${policy}"><title>T</title></head><body>${body}</body></html>`;

describe('findCspProblems', () => {
	it('reports the inline script and the javascript: form of the broken fixture page, naming the page, and passes the good page', () => {
		expect(findCspProblems({ dir: 'test/fixtures/site/broken', base: '/' })).toEqual([
			`/rusak/: inline <script> not allowed by the page's policy ('${hashForCsp("document.title = 'Skrip sebaris';")}'): document.title = 'Skrip sebaris';`,
			'/rusak/: javascript: URL in action on <form>',
		]);
	});
});

describe('findCspProblemsInPage', () => {
	it('allows an inline script and style whose hashes the policy lists', () => {
		const policy = `script-src 'self' '${hashForCsp('a()')}'; style-src 'self' '${hashForCsp('p{}')}'`;
		expect(findCspProblemsInPage('/x/', page(policy, '<script>a()</script><style>p{}</style>'))).toEqual([]);
	});
	it('ignores JSON data blocks, which are not run', () => {
		expect(findCspProblemsInPage('/x/', page("script-src 'self'", '<script type="application/ld+json">{}</script>'))).toEqual([]);
	});
	it('reports a page without a policy, and a policy that allows inline scripts', () => {
		expect(findCspProblemsInPage('/x/', '<!DOCTYPE html><title>T</title>')).toEqual(['/x/: no Content Security Policy <meta>']);
		expect(findCspProblemsInPage('/x/', page("script-src 'self' 'unsafe-inline'", ''))).toEqual(["/x/: the policy allows scripts with 'unsafe-inline'"]);
	});
	it('reports unhashed styles, inline event handlers and javascript: URLs', () => {
		expect(findCspProblemsInPage('/x/', page("script-src 'self'; style-src 'self'", '<style>p{}</style><button onclick="go()">Go</button><a href="javascript:go()">Go</a>'))).toEqual([
			`/x/: inline <style> not allowed by the page's policy ('${hashForCsp('p{}')}'): p{}`,
			'/x/: inline event handler onclick="go()" on <button>',
			'/x/: javascript: URL in href on <a>',
		]);
	});
});

describe('parsePolicy', () => {
	it('splits a policy into directives and sources, keeping the first of a repeated directive', () => {
		expect(parsePolicy("default-src 'self';img-src 'self' data:; default-src *")).toEqual(
			new Map([
				['default-src', ["'self'"]],
				['img-src', ["'self'", 'data:']],
			]),
		);
	});
});
