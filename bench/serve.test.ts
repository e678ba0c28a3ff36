import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, isCompressible, serveStatic, type StaticServer } from './serve';

describe('serveStatic', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveStatic('test/fixtures/weight', 0);
	});
	afterAll(() => server.close());
	const get = (path: string) => fetch(server.origin + path, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });

	it('listens on 127.0.0.1 only', () => {
		expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});
	it('serves pages gzip-compressed and logs raw and sent bytes', async () => {
		const before = server.log.length;
		const response = await get('/wizard/');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('no-cache');
		const entry = server.log[before]!;
		expect(entry).toMatchObject({ path: '/wizard/', status: 200 });
		expect(entry.sent).toBeLessThan(entry.raw);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(await response.text()).toBe(readFileSync('test/fixtures/weight/wizard/index.html', 'utf8'));
		const plain = await fetch(server.origin + '/wizard/', { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(server.log.at(-1)).toMatchObject({ sent: entry.raw, raw: entry.raw });
	});
	it('redirects a folder without its slash, answers 404 for a missing file and refuses to leave its folder', async () => {
		expect((await get('/wizard')).status).toBe(301);
		expect((await get('/tidak-ada/')).status).toBe(404);
		expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
	});
	it('serves a site built for a sub-path under it, and nothing outside it', async () => {
		const under = await serveStatic('test/fixtures/weight', 0, '/sop/');
		try {
			expect((await fetch(`${under.origin}/sop/wizard/`)).status).toBe(200);
			expect((await fetch(`${under.origin}/sop`, { redirect: 'manual' })).headers.get('location')).toBe('/sop/');
			expect((await fetch(`${under.origin}/wizard/`)).status).toBe(404);
			expect((await fetch(`${under.origin}/sop/../package.json`)).status).toBe(404);
		} finally {
			await under.close();
		}
	});
	it('lets browsers keep hashed assets for a year, and does not compress fonts', () => {
		expect(cacheControl('/sop/_astro/a.Bc1.css')).toBe('public, max-age=31536000, immutable');
		expect(cacheControl('/sop/favicon.svg')).toBe('public, max-age=3600');
		expect(isCompressible('text/css; charset=utf-8')).toBe(true);
		expect(isCompressible('image/svg+xml')).toBe(true);
		expect(isCompressible('font/woff2')).toBe(false);
	});
});
