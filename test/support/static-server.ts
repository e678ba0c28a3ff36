import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { fileForPath, type BuiltSite } from './built-site';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
};

/** A running static file server for a site folder. */
export interface StaticServer {
	/** The site's address, with its base and a trailing slash. */
	url: string;
	close(): Promise<void>;
}

/** Serves a folder of built pages on a free local port, as a web server would (`/x/` serves `x/index.html`, 404 otherwise). */
export async function serveSite(site: BuiltSite): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const file = fileForPath(site, new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the fixture server has no port');
	return {
		url: `http://127.0.0.1:${address.port}${site.base}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
