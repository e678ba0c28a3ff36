import { describe, expect, it } from 'vitest';
import { buildOutDir, resolveDeployment } from './deployment';

describe('resolveDeployment', () => {
	it('defaults to the domain root without a site', () => expect(resolveDeployment({})).toEqual({ site: undefined, base: '/' }));
	it.each([
		['sop-kerjasama', '/sop-kerjasama/'],
		['/sop-kerjasama', '/sop-kerjasama/'],
		['/sop-kerjasama/', '/sop-kerjasama/'],
		['/a/b/', '/a/b/'],
		['/', '/'],
	])('normalises BASE_PATH %s to %s', (raw, base) => expect(resolveDeployment({ BASE_PATH: raw }).base).toBe(base));
	it('strips a trailing slash from SITE_URL', () => expect(resolveDeployment({ SITE_URL: 'https://kota.example/' }).site).toBe('https://kota.example'));
	it('rejects a malformed SITE_URL', () => expect(() => resolveDeployment({ SITE_URL: 'kota.example' })).toThrow('SITE_URL must be an origin'));
	it('rejects a malformed BASE_PATH', () => expect(() => resolveDeployment({ BASE_PATH: '/a b/' })).toThrow('BASE_PATH must be a path'));
});

describe('buildOutDir', () => {
	it('is dist unless OUT_DIR names another folder', () => {
		expect(buildOutDir({})).toBe('dist');
		expect(buildOutDir({ OUT_DIR: ' ' })).toBe('dist');
		expect(buildOutDir({ OUT_DIR: 'dist-subpath' })).toBe('dist-subpath');
	});
});
