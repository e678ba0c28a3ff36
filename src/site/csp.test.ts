import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findInlineStyles, hashForCsp } from './csp';

describe('hashForCsp', () => {
	it('is the base64 SHA-256 of the exact text, as a CSP source', () => {
		expect(hashForCsp('alert(1)')).toBe(`sha256-${createHash('sha256').update('alert(1)').digest('base64')}`);
	});
	it('changes with whitespace, as browsers hash the text unchanged', () => expect(hashForCsp(' alert(1)')).not.toBe(hashForCsp('alert(1)')));
});

describe('findInlineStyles', () => {
	it('finds the text of each <style> element, attributes or not', () => {
		expect(findInlineStyles('<svg><style>a{}</style><g/><style type="text/css">b{}</style></svg>')).toEqual(['a{}', 'b{}']);
	});
	it('finds none in markup without styles', () => expect(findInlineStyles('<svg><g/></svg>')).toEqual([]));
});
