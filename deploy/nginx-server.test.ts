import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIAS_LINE, NO_NGINX_MESSAGE, findNginx, nginxPort, parseNginxBuild, testMainConfig, withSiteFolder } from './nginx-server';

/** `nginx -V` of Debian 12's nginx, shortened. */
const DEBIAN_VERSION = `nginx version: nginx/1.22.1
configure arguments: --with-cc-opt='-g -O2' --prefix=/usr/share/nginx --conf-path=/etc/nginx/nginx.conf --http-log-path=/var/log/nginx/access.log --error-log-path=stderr --modules-path=/usr/lib/nginx/modules --with-http_gzip_static_module --with-http_geoip_module=dynamic`;

describe('findNginx', () => {
	const only = (...paths: string[]) => (path: string) => paths.includes(path);
	it('takes NGINX_PATH when set', () => expect(findNginx({ NGINX_PATH: '/opt/nginx/sbin/nginx' }, only('/opt/nginx/sbin/nginx'))).toBe('/opt/nginx/sbin/nginx'));
	it('names NGINX_PATH when it does not exist', () => expect(() => findNginx({ NGINX_PATH: '/nope' }, only())).toThrow(/NGINX_PATH is set to "\/nope"/));
	it('looks on PATH, then in the usual places', () => {
		expect(findNginx({ PATH: '/usr/local/bin:/usr/bin' }, only('/usr/bin/nginx', '/usr/sbin/nginx'))).toBe('/usr/bin/nginx');
		expect(findNginx({ PATH: '/usr/bin' }, only('/usr/sbin/nginx'))).toBe('/usr/sbin/nginx');
	});
	it('says how to install it when there is none', () => {
		expect(() => findNginx({ PATH: '/usr/bin' }, only())).toThrow(NO_NGINX_MESSAGE);
		expect(NO_NGINX_MESSAGE).toMatch(/apt-get install .*nginx libnginx-mod-http-brotli-static/);
	});
});

describe('parseNginxBuild', () => {
	it("reads Debian's modules folder and configuration folder", () => {
		expect(parseNginxBuild(DEBIAN_VERSION)).toEqual({ modulesDir: '/usr/lib/nginx/modules', confDir: '/etc/nginx', brotliBuiltIn: false });
	});
	it("falls back on nginx's defaults under its prefix, and sees Brotli built in", () => {
		expect(parseNginxBuild('configure arguments: --add-module=../ngx_brotli')).toEqual({ modulesDir: '/usr/local/nginx/modules', confDir: '/usr/local/nginx/conf', brotliBuiltIn: true });
	});
});

describe('nginxPort', () => {
	it('is NGINX_PORT, else ten above the browser tests’ port', () => {
		expect(nginxPort({ NGINX_PORT: '5000', E2E_PORT: '4700' })).toBe(5000);
		expect(nginxPort({ E2E_PORT: '4700' })).toBe(4710);
		expect(nginxPort({})).toBe(4331);
	});
});

describe('the configuration the test runs', () => {
	const serverConf = readFileSync('deploy/nginx/server.conf', 'utf8');
	it('serves its own copy of the build in place of the folder server.conf names', () => {
		const changed = withSiteFolder(serverConf, '/tmp/sk-nginx-1/site');
		expect(changed).toContain('alias /tmp/sk-nginx-1/site/;');
		expect(changed).not.toContain(ALIAS_LINE);
		expect(changed.replace('alias /tmp/sk-nginx-1/site/;', ALIAS_LINE)).toBe(serverConf);
	});
	it('fails when server.conf no longer names the folder in one line', () => {
		expect(() => withSiteFolder(serverConf.replace(ALIAS_LINE, 'alias /srv/x/;'), '/tmp/x')).toThrow(/found 0/);
		expect(() => withSiteFolder(`${serverConf}\n${ALIAS_LINE}`, '/tmp/x')).toThrow(/found 2/);
	});
	it('includes the shipped files as a city server does, everything it writes in its own folder', () => {
		const main = testMainConfig({ dir: '/tmp/sk-nginx-1', port: 4710, brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so' });
		expect(main).toMatch(/^load_module \/usr\/lib\/nginx\/modules\/ngx_http_brotli_static_module\.so;$/m);
		expect(main).toMatch(/http \{[\s\S]*include sop-kerjasama\/http\.conf;[\s\S]*server \{[\s\S]*listen 127\.0\.0\.1:4710;[\s\S]*include sop-kerjasama\/server\.conf;/);
		for (const line of main.split('\n').filter((text) => /(pid|_log|_temp_path) /.test(text))) expect(line, line).toContain('/tmp/sk-nginx-1/');
		expect(main).not.toMatch(/^\s*user /m);
		expect(testMainConfig({ dir: '/tmp/x', port: 1 })).not.toContain('load_module');
	});
});
