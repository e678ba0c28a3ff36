import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from '../tools/budgets.ts';

/** One response the server sent: the URL path, status, and bytes of the file raw and as sent. */
export interface Served {
	path: string;
	status: number;
	raw: number;
	/** Bytes of the body on the wire: gzip for text, as is for the rest. */
	sent: number;
}

/** A static server for a built site on 127.0.0.1, with the log of what it sent. */
export interface StaticServer {
	origin: string;
	log: Served[];
	close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.mmd': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
};

/** Whether a web server would compress a response of this type (text; not fonts, images or Pagefind's packed files). */
export function isCompressible(contentType: string): boolean {
	return /^text\/|javascript|json|xml|svg/.test(contentType);
}

/** How long browsers may keep a file: hashed build assets for a year, pages revalidated on every visit, the rest an hour. */
export function cacheControl(urlPath: string): string {
	if (urlPath.includes('/_astro/')) return 'public, max-age=31536000, immutable';
	if (urlPath.endsWith('/') || urlPath.endsWith('.html')) return 'no-cache';
	return 'public, max-age=3600';
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0: any free port) under the path `base`, the way a plain web server with gzip
 * would, and logs every response.
 */
export function serveStatic(dir: string, port: number, base = '/'): Promise<StaticServer> {
	const root = resolve(dir);
	const log: Served[] = [];
	const compressed = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
		if (`${urlPath}/` === base) {
			response.writeHead(301, { location: base }).end();
			log.push({ path: urlPath, status: 301, raw: 0, sent: 0 });
			return;
		}
		let file = urlPath.startsWith(base) ? resolve(root, `.${decodeURIComponent(urlPath.slice(base.length - 1))}`) : '';
		let status = 200;
		if (file !== root && !file.startsWith(root + sep)) file = '';
		else if (existsSync(file) && statSync(file).isDirectory()) {
			if (!urlPath.endsWith('/')) {
				response.writeHead(301, { location: `${urlPath}/` }).end();
				log.push({ path: urlPath, status: 301, raw: 0, sent: 0 });
				return;
			}
			file = join(file, 'index.html');
		}
		if (!file || !existsSync(file) || !statSync(file).isFile()) {
			file = join(root, '404.html');
			status = 404;
		}
		const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
		const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip = isCompressible(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		let sent: Buffer = body;
		if (gzip) {
			if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: GZIP_LEVEL }));
			sent = compressed.get(file)!;
		}
		response.writeHead(status, {
			'content-type': contentType,
			'content-length': sent.length,
			'cache-control': cacheControl(urlPath),
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		response.end(request.method === 'HEAD' ? undefined : sent);
		log.push({ path: urlPath, status, raw: body.length, sent: sent.length });
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () =>
			resolvePromise({
				origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
				log,
				close: () =>
					new Promise<void>((done) => {
						server.close(() => done());
						server.closeAllConnections();
					}),
			}),
		);
	});
}
