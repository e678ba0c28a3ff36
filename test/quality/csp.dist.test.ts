import { describe, expect, it } from 'vitest';
import { BUILDS, listPages } from '../support/built-site';
import { findCspProblems, parsePolicy, policyOf } from '../support/csp';
import { readPage } from '../support/built-site';

describe.each(BUILDS)('the Content Security Policy of the build at $base', (site) => {
	it('allows every inline script and style by hash, and no inline handler, on every page', () => {
		expect(findCspProblems(site)).toEqual([]);
	});

	it('is strict: scripts from the site or by hash, no plugins, no foreign base or form target', () => {
		const directives = parsePolicy(policyOf(readPage(site, listPages(site)[0]!))!);
		expect(directives.get('script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('base-uri')).toEqual(["'self'"]);
		expect(directives.get('form-action')).toEqual(["'self'"]);
		// 'unsafe-inline' for styles only in style attributes (see astro.config.ts), never for <style> elements.
		expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
		expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
	});
});
