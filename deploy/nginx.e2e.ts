import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { CSP_MAP_FILE } from '../src/site/build/web-server-files';
import { BUILDS, listPages, type BuiltSite } from '../test/support/built-site';
import { policyOf, watchCspViolations } from '../test/support/csp';
import { findBrokenLinksOverHttp } from '../test/support/http-links';
import { header, httpGet, type RawResponse } from '../test/support/http';
import { nginxPort, startNginx, type RunningNginx } from './nginx-server';

// The build under the sub-path, served by the installed nginx with deploy/nginx/http.conf and server.conf, as the
// city's server would serve it (README, "Deploying on the city's web server").
const SITE: BuiltSite = BUILDS.find((build) => build.base !== '/')!;
const PORT = nginxPort(process.env);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
const FRAME_POLICY = "frame-ancestors 'self'";

/** The Content-Type each kind of file must be sent with. */
const EXPECTED_TYPES: Record<string, string | RegExp> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': /^(application|text)\/javascript; charset=utf-8$/,
	'.mmd': 'text/plain; charset=utf-8',
	'.bpmn': 'application/xml',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.pdf': 'application/pdf',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
};

/** Stand-ins for kinds of file the site does not publish yet, written into nginx's copy of the build. */
const SAMPLES: Record<string, string> = {
	'.bpmn': '<?xml version="1.0" encoding="UTF-8"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="contoh" targetNamespace="https://example.org/bpmn"/>\n',
	'.csv': 'langkah,judul\n1,Penerimaan usulan\n',
	'.json': '{"contoh": true}\n',
	'.pdf': '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
	'.mmd': 'flowchart TD\n  a --> b\n',
	'.woff2': 'wOF2',
	'.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
};

let nginx: RunningNginx;

/** A URL path under the site's base. */
const path = (rest: string) => `${SITE.base}${rest}`;

/** Sends a GET to a path of the site on nginx. */
const get = (urlPath: string, headers: Record<string, string> = {}) => httpGet(ORIGIN + urlPath, headers);

/** Every value of a header, in the order sent. */
const all = (response: RawResponse, name: string) => response.headers.get(name) ?? [];

/** The path of the page's own file in nginx's copy (`index.html` for a path ending in a slash). */
const fileOf = (urlPath: string) => join(nginx.siteDir, urlPath.slice(SITE.base.length).replace(/(^|\/)$/, '$1index.html'));

/** A file of each kind in nginx's copy of the build, as a URL path: a built one when there is one, else a stand-in. */
function fileOfKind(extension: string): string {
	const built = readdirSync(nginx.siteDir, { withFileTypes: true, recursive: true }).find((entry) => entry.isFile() && extname(entry.name) === extension);
	if (built) return path(relative(nginx.siteDir, join(built.parentPath, built.name)).split(sep).join('/'));
	const sample = SAMPLES[extension];
	if (sample === undefined) throw new Error(`the build has no ${extension} file and the test no stand-in for one`);
	writeFileSync(join(nginx.siteDir, `contoh${extension}`), sample);
	return path(`contoh${extension}`);
}

/** The first hashed file under _astro/ with this extension, as a URL path. */
function astroFile(extension: string): string {
	const name = readdirSync(join(nginx.siteDir, '_astro')).find((file) => file.endsWith(extension));
	if (!name) throw new Error(`no ${extension} file in _astro/`);
	return path(`_astro/${name}`);
}

/** Records what goes wrong while a page is open: console errors and warnings, script errors, failed or refused requests. */
function watchProblems(page: Page): () => string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
	});
	return () => problems;
}

test.describe('the site served by nginx with deploy/nginx/', () => {
	// One nginx for the file: its tests run in order, in one worker.
	test.describe.configure({ mode: 'default' });
	test.use({ baseURL: ORIGIN + SITE.base });

	test.beforeAll(async () => {
		nginx = await startNginx(SITE, PORT);
	});
	test.afterAll(async () => {
		await nginx?.stop();
	});

	test('every page answers, and every link, asset and fragment it holds resolves over HTTP without a redirect', async () => {
		expect(await findBrokenLinksOverHttp(nginx.url, listPages(SITE))).toEqual([]);
	});

	test("every page is sent with its own policy as a header, the same as its <meta>, and a frame-ancestors policy", async () => {
		const mismatches: string[] = [];
		for (const page of listPages(SITE)) {
			const response = await get(page);
			const metaPolicy = policyOf(response.body.toString('utf8'));
			const sent = all(response, 'content-security-policy');
			if (!metaPolicy) mismatches.push(`${page}: no <meta> policy`);
			else if (JSON.stringify(sent) !== JSON.stringify([metaPolicy, FRAME_POLICY])) mismatches.push(`${page}: sent ${JSON.stringify(sent)}`);
		}
		expect(mismatches).toEqual([]);
	});

	test('pages load in Chromium through nginx with no console error, no failed request and no CSP violation', async ({ page }) => {
		const violations = watchCspViolations(page);
		const problems = watchProblems(page);
		const firstStep = readdirSync(join(nginx.siteDir, 'langkah'))[0];
		for (const pagePath of ['./', `langkah/${firstStep}/`, 'alur/', 'posisi/', 'dokumen/', 'en/']) {
			const response = await page.goto(pagePath);
			expect(response?.status(), pagePath).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Let what the browser runs when idle (Starlight's scripts) run too.
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 1000 }), { timeout: 1000 })));
		}
		// Search loads Pagefind's scripts, its worker, WebAssembly and index from nginx, under the headers' rules.
		await page.goto('./');
		await page.getByRole('button', { name: 'Pencarian', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Pencarian' });
		await dialog.getByRole('textbox').fill('usulan');
		await expect(dialog.getByRole('link').first()).toBeVisible();
		expect(violations()).toEqual([]);
		expect(problems()).toEqual([]);
	});

	test('the guide’s 404 page answers a missing path, with status 404, in the browser too', async ({ page }) => {
		const violations = watchCspViolations(page);
		const response = await page.goto('tidak-ada/');
		expect(response?.status()).toBe(404);
		await expect(page).toHaveTitle(readFileSync(join(nginx.siteDir, '404.html'), 'utf8').match(/<title>([^<]*)<\/title>/)![1]!);
		expect(violations()).toEqual([]);
	});

	test('a missing path, a missing file and a folder without a page get the 404 page with status 404, never cached', async () => {
		const notFound = readFileSync(join(nginx.siteDir, '404.html'));
		for (const missing of [path('tidak-ada/'), path('langkah/tidak-ada/'), path('_astro/tidak-ada.js'), path('_astro/'), path(CSP_MAP_FILE)]) {
			const response = await get(missing);
			expect(response.status, missing).toBe(404);
			expect(header(response, 'content-type'), missing).toBe('text/html; charset=utf-8');
			expect(response.body.equals(notFound), missing).toBe(true);
			expect(header(response, 'cache-control'), missing).toBe('no-cache');
			expect(all(response, 'content-security-policy'), missing).toEqual([policyOf(notFound.toString('utf8')), FRAME_POLICY]);
		}
		// The policy map the build writes lies beside the build, not in it.
		expect(existsSync(join(SITE.dir, CSP_MAP_FILE))).toBe(false);
	});

	test('hashed files under _astro/ are kept a year; pages and unhashed files are revalidated', async () => {
		for (const file of [astroFile('.css'), astroFile('.js'), astroFile('.woff2')]) {
			expect(header(await get(file), 'cache-control'), file).toBe(YEAR_IMMUTABLE);
		}
		for (const file of [path(''), path('ringkasan/'), path('en/'), path('pagefind/pagefind.js'), path('pagefind/pagefind-entry.json'), path('favicon.svg'), path('alur.mmd')]) {
			const response = await get(file);
			expect(response.status, file).toBe(200);
			expect(header(response, 'cache-control'), file).toBe('no-cache');
			const etag = header(response, 'etag');
			expect(etag, file).toBeTruthy();
			// Revalidation: the unchanged file costs a 304 without a body.
			const again = await get(file, { 'if-none-match': etag! });
			expect(again.status, file).toBe(304);
			expect(again.body.length, file).toBe(0);
		}
	});

	test('each kind of file is sent with its type', async () => {
		const types: Record<string, string | undefined> = {};
		for (const extension of Object.keys(EXPECTED_TYPES)) {
			const file = extension === '.html' ? path('ringkasan/') : fileOfKind(extension);
			const response = await get(file);
			expect(response.status, file).toBe(200);
			types[extension] = header(response, 'content-type');
		}
		for (const [extension, expected] of Object.entries(EXPECTED_TYPES)) {
			if (typeof expected === 'string') expect(types[extension], extension).toBe(expected);
			else expect(types[extension], extension).toMatch(expected);
		}
	});

	test('text files are sent as the build compressed them: Brotli, else gzip, else plain', async () => {
		for (const file of [path('ringkasan/'), astroFile('.css'), astroFile('.js'), path('alur.mmd'), path('pagefind/pagefind-entry.json')]) {
			const original = readFileSync(fileOf(file));
			const gzip = await get(file, { 'accept-encoding': 'gzip' });
			expect(header(gzip, 'content-encoding'), file).toBe('gzip');
			expect(gzip.body.equals(readFileSync(`${fileOf(file)}.gz`)), `${file}: the body is the .gz the build wrote`).toBe(true);
			expect(gunzipSync(gzip.body).equals(original), file).toBe(true);
			expect(header(gzip, 'vary'), file).toBe('Accept-Encoding');

			const brotli = await get(file, { 'accept-encoding': 'gzip, deflate, br' });
			expect(header(brotli, 'content-encoding'), file).toBe('br');
			expect(brotli.body.equals(readFileSync(`${fileOf(file)}.br`)), `${file}: the body is the .br the build wrote`).toBe(true);
			expect(brotliDecompressSync(brotli.body).equals(original), file).toBe(true);

			const plain = await get(file);
			expect(header(plain, 'content-encoding'), file).toBeUndefined();
			expect(plain.body.equals(original), file).toBe(true);
		}
	});

	test('security headers on pages, files and the 404 page', async () => {
		for (const file of [path(''), path('en/ringkasan/'), astroFile('.js'), path('favicon.svg'), path('tidak-ada/')]) {
			const response = await get(file);
			expect(header(response, 'x-content-type-options'), file).toBe('nosniff');
			expect(header(response, 'referrer-policy'), file).toBe('same-origin');
			expect(header(response, 'x-frame-options'), file).toBe('SAMEORIGIN');
			expect(all(response, 'content-security-policy'), file).toContain(FRAME_POLICY);
			expect(header(response, 'permissions-policy'), file).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
			expect(header(response, 'cross-origin-opener-policy'), file).toBe('same-origin');
			expect(header(response, 'cross-origin-resource-policy'), file).toBe('same-origin');
		}
	});

	test('a folder asked for without its slash, and the sub-path itself, redirect to the slash, by a relative Location', async () => {
		for (const [asked, target] of [
			[SITE.base.replace(/\/$/, ''), SITE.base],
			[path('ringkasan'), path('ringkasan/')],
		] as const) {
			const response = await get(asked);
			expect(response.status, asked).toBe(301);
			expect(header(response, 'location'), asked).toBe(target);
		}
	});
});
