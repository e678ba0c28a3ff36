import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { hashForCsp } from '../../src/site/csp';
import { listPages, readPage, type BuiltSite } from './built-site';

/** Script types a browser runs; other types (JSON data blocks) are not scripts to a CSP. */
const RUNNABLE_SCRIPT = /^(|text\/javascript|module|application\/javascript)$/i;

/** The directives of a policy, by name, each with its list of sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The sources a policy applies to an element kind: `script-src-elem`, else `script-src`, else `default-src`. */
function sourcesFor(directives: Map<string, string[]>, kind: 'script' | 'style'): string[] | undefined {
	return directives.get(`${kind}-src-elem`) ?? directives.get(`${kind}-src`) ?? directives.get('default-src');
}

/** The page's own Content Security Policy, from its `<meta http-equiv="content-security-policy">`. */
export function policyOf(html: string): string | undefined {
	const meta = parse(html).querySelectorAll('meta').find((el) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
	return meta?.getAttribute('content');
}

/** What a strict CSP would block or weaken on one page: no policy, 'unsafe-inline' scripts, unhashed inline scripts and styles, inline handlers. */
export function findCspProblemsInPage(page: string, html: string): string[] {
	const policy = policyOf(html);
	if (!policy) return [`${page}: no Content Security Policy <meta>`];
	const directives = parsePolicy(policy);
	const scriptSources = sourcesFor(directives, 'script');
	const styleSources = sourcesFor(directives, 'style') ?? [];
	if (!scriptSources) return [`${page}: the policy has no script-src`];
	const problems: string[] = [];
	for (const weak of ["'unsafe-inline'", "'unsafe-eval'"]) {
		if (scriptSources.includes(weak)) problems.push(`${page}: the policy allows scripts with ${weak}`);
	}
	const root = parse(html);
	for (const script of root.querySelectorAll('script:not([src])')) {
		if (!RUNNABLE_SCRIPT.test(script.getAttribute('type') ?? '')) continue;
		const hash = hashForCsp(script.rawText);
		if (!scriptSources.includes(`'${hash}'`)) problems.push(`${page}: inline <script> not allowed by the page's policy ('${hash}'): ${excerpt(script.rawText)}`);
	}
	for (const style of root.querySelectorAll('style')) {
		const hash = hashForCsp(style.rawText);
		if (!styleSources.includes(`'${hash}'`) && !styleSources.includes("'unsafe-inline'")) {
			problems.push(`${page}: inline <style> not allowed by the page's policy ('${hash}'): ${excerpt(style.rawText)}`);
		}
	}
	for (const element of root.querySelectorAll('*')) {
		for (const [name, value] of Object.entries(element.attributes)) {
			if (/^on/i.test(name)) problems.push(`${page}: inline event handler ${name}="${excerpt(value)}" on <${element.tagName.toLowerCase()}>`);
			if (/^(href|src|action|formaction)$/i.test(name) && /^\s*javascript:/i.test(value)) problems.push(`${page}: javascript: URL in ${name} on <${element.tagName.toLowerCase()}>`);
		}
	}
	return problems;
}

/** The CSP problems of every page of a build, each naming its page. */
export function findCspProblems(site: BuiltSite): string[] {
	return listPages(site).flatMap((page) => findCspProblemsInPage(page, readPage(site, page)));
}

/**
 * Makes the browser enforce each page's own policy as an HTTP header as well as its `<meta>`. A `<meta>` policy only
 * covers what follows it in the page, so this also checks the inline scripts Starlight places before it.
 */
export async function enforcePolicyAsHeader(context: BrowserContext): Promise<void> {
	await context.route(
		(url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
		async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			const policy = policyOf(body);
			await route.fulfill({ response, body, headers: { ...response.headers(), ...(policy ? { 'content-security-policy': policy } : {}) } });
		},
	);
}

/** Starts recording the CSP violations the browser reports for a page; the returned function stops and lists them, naming the page. */
export function watchCspViolations(page: Page): () => string[] {
	const violations: string[] = [];
	const record = (text: string) => {
		// The policy's hash list is long and the same on every page: leave it out, keep the hash the browser asks for.
		if (/content security policy/i.test(text)) violations.push(`${new URL(page.url()).pathname}: ${text.replace(/\s*'sha256-[^']+'(?=[\s'])/g, '')}`);
	};
	const onConsole = (message: ConsoleMessage) => record(message.text());
	const onError = (error: Error) => record(error.message);
	page.on('console', onConsole);
	page.on('pageerror', onError);
	return () => {
		page.off('console', onConsole);
		page.off('pageerror', onError);
		return violations;
	};
}

function excerpt(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
