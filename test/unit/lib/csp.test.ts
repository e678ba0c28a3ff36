import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findInlineScripts, findInlineStyles, hashForCsp, hashInlineScripts } from '../../../src/lib/csp';

const COMPONENT = `---
import Icon from './Icon.astro';
---
<script is:inline>
	window.theme = 'dark';
</script>
<script>
	import { x } from './x';
</script>
<script is:inline src="/vendor.js"></script>
<script is:inline define:vars={{ a: 1 }}>console.log(a);</script>
<script is:inline aria-hidden="true">(() => {})();</script>
`;

describe('hashForCsp', () => {
	it('is the base64 SHA-256 of the exact text, as a CSP source', () => {
		expect(hashForCsp('alert(1)')).toBe(`sha256-${createHash('sha256').update('alert(1)').digest('base64')}`);
	});
	it('changes with whitespace, as browsers hash the text unchanged', () => expect(hashForCsp(' alert(1)')).not.toBe(hashForCsp('alert(1)')));
});

describe('findInlineScripts', () => {
	it('finds the text of is:inline scripts verbatim, whatever their other attributes', () => {
		expect(findInlineScripts(COMPONENT)).toEqual(["\n\twindow.theme = 'dark';\n", '(() => {})();']);
	});
	it('skips scripts Astro processes, external scripts and scripts whose text Astro rewrites (define:vars)', () => {
		expect(findInlineScripts('<script>a()</script><script is:inline src="/a.js"></script>')).toEqual([]);
	});
});

describe('hashInlineScripts', () => {
	it('hashes the inline scripts of several components once each, sorted', () => {
		const hashes = hashInlineScripts([COMPONENT, COMPONENT]);
		expect(hashes).toEqual([hashForCsp("\n\twindow.theme = 'dark';\n"), hashForCsp('(() => {})();')].sort());
	});
});

describe('findInlineStyles', () => {
	it('finds the text of each <style> element, attributes or not', () => {
		expect(findInlineStyles('<svg><style>a{}</style><g/><style type="text/css">b{}</style></svg>')).toEqual(['a{}', 'b{}']);
	});
	it('finds none in markup without styles', () => expect(findInlineStyles('<svg><g/></svg>')).toEqual([]));
});
