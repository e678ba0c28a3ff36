import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/built-site';
import { findInvalidHtml } from '../support/html-validity';

describe('valid HTML in the build at the domain root', () => {
	it('passes html-validate (recommended and document rules, .htmlvalidate.mjs) on every page', async () => {
		expect(await findInvalidHtml(BUILDS[0]!)).toEqual([]);
	}, 120_000);
});
