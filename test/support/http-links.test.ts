import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listPages, type BuiltSite } from './built-site';
import { findBrokenLinksOverHttp } from './http-links';
import { serveSite, type StaticServer } from './static-server';

const GOOD: BuiltSite = { dir: 'test/fixtures/site/good', base: '/sop/' };
const servers: StaticServer[] = [];
afterEach(async () => Promise.all(servers.splice(0).map((server) => server.close())));

/** A copy of the good fixture with one more page holding `body`. */
function siteWithPage(body: string): BuiltSite {
	const dir = mkdtempSync(join(tmpdir(), 'http-links-'));
	cpSync(GOOD.dir, dir, { recursive: true });
	writeFileSync(join(dir, 'rusak.html'), `<!doctype html><html lang="id"><head><title>R</title></head><body>${body}</body></html>`);
	return { dir, base: '/sop/' };
}

/** The problems of every page of a site, checked through a local server. */
async function check(site: BuiltSite): Promise<string[]> {
	const server = await serveSite(site);
	servers.push(server);
	return findBrokenLinksOverHttp(server.url, listPages(site));
}

describe('findBrokenLinksOverHttp', () => {
	it('passes a site whose links all resolve', async () => expect(await check(GOOD)).toEqual([]));

	it('reports a dead link, a missing asset and a missing fragment, with the page that holds them', async () => {
		expect(await check(siteWithPage('<a href="/sop/tidak-ada/">x</a><img src="x.png" alt="x"><a href="langkah/#tiga">y</a>'))).toEqual([
			'/sop/rusak.html: a[href="/sop/tidak-ada/"] — /sop/tidak-ada/ answers 404',
			'/sop/rusak.html: a[href="langkah/#tiga"] — no element with id "tiga" on /sop/langkah/',
			'/sop/rusak.html: img[src="x.png"] — /sop/x.png answers 404',
		]);
	});

	it('reports a link that misses the base, and one that leads out of the site', async () => {
		expect(await check(siteWithPage('<a href="/langkah/">x</a><a href="../luar/">y</a>'))).toEqual([
			'/sop/rusak.html: a[href="/langkah/"] — root-relative link misses the base /sop/',
			'/sop/rusak.html: a[href="../luar/"] — leads out of the site, to /luar/',
		]);
	});

	it('reports a page that does not answer and a link that only redirects', async () => {
		const server = createServer((request, response) => {
			if (request.url === '/sop/') response.writeHead(200, { 'content-type': 'text/html' }).end('<a href="/sop/langkah">x</a>');
			else if (request.url === '/sop/langkah') response.writeHead(301, { location: '/sop/langkah/' }).end();
			else response.writeHead(404).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as { port: number };
		try {
			expect(await findBrokenLinksOverHttp(`http://127.0.0.1:${port}/sop/`, ['/sop/', '/sop/hilang/'])).toEqual([
				'/sop/: a[href="/sop/langkah"] — /sop/langkah redirects (301) to /sop/langkah/',
				'/sop/hilang/: answers 404, not with HTML',
			]);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});
});
