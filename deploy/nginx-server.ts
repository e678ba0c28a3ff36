import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { CSP_MAP_FILE, webServerFolderFor } from '../src/site/build/web-server-files';
import type { BuiltSite } from '../test/support/built-site';

/** The folder of the nginx configuration this repository ships (http.conf, server.conf). */
export const NGINX_CONFIG_DIR = 'deploy/nginx';

/** The line of server.conf that names the folder of the build; a test serves its own copy instead. */
export const ALIAS_LINE = 'alias /var/www/sop-kerjasama/;';

/** Where nginx usually lives when it is not on PATH (Debian puts it in /usr/sbin). */
const KNOWN_NGINX_PATHS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

/** The Brotli module's file, as Debian's libnginx-mod-http-brotli-static installs it in nginx's modules folder. */
export const BROTLI_MODULE = 'ngx_http_brotli_static_module.so';

/** What to install when nginx or its Brotli module is missing. */
export const INSTALL_HINT = 'Debian: apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static';

/** The one-line message shown when no nginx is found. */
export const NO_NGINX_MESSAGE = `No nginx found: install it (${INSTALL_HINT}) or set NGINX_PATH to its executable.`;

/** The nginx executable: `NGINX_PATH` when set (it must exist), else `nginx` on PATH, else a usual place; throws a one-line message otherwise. */
export function findNginx(env: Record<string, string | undefined>, exists: (path: string) => boolean): string {
	const fromEnv = env.NGINX_PATH?.trim();
	if (fromEnv) {
		if (!exists(fromEnv)) throw new Error(`NGINX_PATH is set to "${fromEnv}", which does not exist. ${NO_NGINX_MESSAGE}`);
		return fromEnv;
	}
	const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'nginx'));
	const found = [...onPath, ...KNOWN_NGINX_PATHS].find((path) => exists(path));
	if (!found) throw new Error(NO_NGINX_MESSAGE);
	return found;
}

/** How an nginx was built, from `nginx -V`: its modules folder, the folder of its own configuration, and whether Brotli is built in. */
export interface NginxBuild {
	modulesDir: string;
	confDir: string;
	brotliBuiltIn: boolean;
}

/** Reads `nginx -V`'s output; nginx's own defaults (under its prefix) where an option is not given. */
export function parseNginxBuild(versionOutput: string): NginxBuild {
	const option = (name: string) => new RegExp(`--${name}=(\\S+)`).exec(versionOutput)?.[1];
	const prefix = option('prefix') ?? '/usr/local/nginx';
	const confPath = option('conf-path') ?? `${prefix}/conf/nginx.conf`;
	return { modulesDir: option('modules-path') ?? `${prefix}/modules`, confDir: dirname(confPath), brotliBuiltIn: /--add-module=\S*brotli/.test(versionOutput) };
}

/** The port the nginx test listens on: NGINX_PORT, else E2E_PORT + 10 (the browser tests use E2E_PORT and E2E_PORT + 1). */
export function nginxPort(env: Record<string, string | undefined>): number {
	return Number(env.NGINX_PORT ?? Number(env.E2E_PORT ?? 4321) + 10);
}

/** server.conf with the folder it serves replaced; throws when the file no longer has exactly one such line. */
export function withSiteFolder(serverConf: string, folder: string): string {
	const count = serverConf.split(ALIAS_LINE).length - 1;
	if (count !== 1) throw new Error(`${NGINX_CONFIG_DIR}/server.conf should hold "${ALIAS_LINE}" once, found ${count}`);
	return serverConf.replace(ALIAS_LINE, `alias ${folder.replace(/\/?$/, '/')};`);
}

/** The main configuration of a test nginx: the shipped files included as a city server would, every path in `dir`. */
export function testMainConfig(options: { dir: string; port: number; brotliModule?: string }): string {
	const { dir, port, brotliModule } = options;
	return [
		...(brotliModule ? [`load_module ${brotliModule};`] : []),
		// In the foreground, as a child of the test, which stops it. Run as root, nginx still starts its worker as
		// nobody: the test's folders are readable by everyone.
		'daemon off;',
		'worker_processes 1;',
		`pid ${dir}/nginx.pid;`,
		`error_log ${dir}/logs/error.log warn;`,
		'events { worker_connections 64; }',
		'http {',
		'\tinclude mime.types;',
		'\tdefault_type application/octet-stream;',
		`\taccess_log ${dir}/logs/access.log;`,
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `\t${kind}_temp_path ${dir}/temp/${kind};`),
		'\tinclude sop-kerjasama/http.conf;',
		'\tserver {',
		`\t\tlisten 127.0.0.1:${port};`,
		'\t\tserver_name localhost;',
		'\t\tinclude sop-kerjasama/server.conf;',
		'\t}',
		'}',
		'',
	].join('\n');
}

/** A running nginx serving a copy of a build. */
export interface RunningNginx {
	/** The site's address: origin, base, trailing slash. */
	url: string;
	/** The copy of the build nginx serves; the test may add files to it. */
	siteDir: string;
	/** Stops nginx and removes its folder; throws if a process of it is left. */
	stop(): Promise<void>;
}

/** The processes whose parent is `pid`, from /proc (nginx's workers). */
function childrenOf(pid: number): number[] {
	if (!existsSync('/proc')) return [];
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((name) => {
			try {
				// The field after the command name (which is in parentheses and may hold spaces) is the state, then the parent.
				const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
				return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
			} catch {
				return false;
			}
		})
		.map(Number);
}

/** Whether a process still runs (a zombie, done and waiting to be reaped, does not). */
function isRunning(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
	} catch {
		return false;
	}
}

/** Resolves when the port takes connections; rejects when nginx exits first or after `timeoutMs`. */
async function waitForPort(port: number, child: ChildProcess, timeoutMs: number, describeFailure: () => string): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) throw new Error(`nginx exited at start (${child.exitCode ?? child.signalCode}): ${describeFailure()}`);
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
			socket.on('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`nginx did not listen on 127.0.0.1:${port} within ${timeoutMs} ms: ${describeFailure()}`);
}

/**
 * Starts the installed nginx with this repository's configuration (deploy/nginx/), serving a copy of a build under its
 * base, with the policy map the build wrote beside it, on a loopback port. Everything nginx writes (pid, logs,
 * temporary files) stays in a temporary folder that `stop()` removes. Throws with nginx's own message on a bad configuration.
 */
export async function startNginx(site: BuiltSite, port: number): Promise<RunningNginx> {
	const nginx = findNginx(process.env, existsSync);
	const versionRun = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
	const build = parseNginxBuild(`${versionRun.stdout}${versionRun.stderr}`);
	const brotliFile = join(build.modulesDir, BROTLI_MODULE);
	if (!build.brotliBuiltIn && !existsSync(brotliFile)) throw new Error(`nginx's Brotli module is missing (${brotliFile}): install it (${INSTALL_HINT}).`);
	const cspMap = join(webServerFolderFor(site.dir), CSP_MAP_FILE);
	if (!existsSync(cspMap)) throw new Error(`${cspMap} does not exist: build the site first (npm run build:all)`);

	const dir = mkdtempSync(join(tmpdir(), 'sk-nginx-'));
	chmodSync(dir, 0o755);
	const siteDir = join(dir, 'site');
	const confDir = join(dir, 'conf');
	cpSync(site.dir, siteDir, { recursive: true });
	mkdirSync(join(confDir, 'sop-kerjasama'), { recursive: true });
	mkdirSync(join(dir, 'logs'));
	mkdirSync(join(dir, 'temp'));
	cpSync(join(build.confDir, 'mime.types'), join(confDir, 'mime.types'));
	cpSync(join(NGINX_CONFIG_DIR, 'http.conf'), join(confDir, 'sop-kerjasama', 'http.conf'));
	writeFileSync(join(confDir, 'sop-kerjasama', 'server.conf'), withSiteFolder(readFileSync(join(NGINX_CONFIG_DIR, 'server.conf'), 'utf8'), siteDir));
	cpSync(cspMap, join(confDir, 'sop-kerjasama', CSP_MAP_FILE));
	const mainConfig = join(confDir, 'nginx.conf');
	writeFileSync(mainConfig, testMainConfig({ dir, port, brotliModule: build.brotliBuiltIn ? undefined : brotliFile }));

	const args = ['-p', `${dir}/`, '-c', mainConfig, '-e', join(dir, 'logs', 'error.log')];
	const check = spawnSync(nginx, ['-t', '-q', ...args], { encoding: 'utf8' });
	if (check.status !== 0) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`nginx rejects the configuration in ${NGINX_CONFIG_DIR}/:\n${check.stderr}${check.stdout}`);
	}

	const child = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	// Should the test's process end without stop(), nginx is told to stop with it.
	const stopWithTest = () => child.kill('SIGTERM');
	process.once('exit', stopWithTest);
	const errorLog = () => {
		const log = join(dir, 'logs', 'error.log');
		return `${stderr}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`.trim();
	};

	const stop = async () => {
		process.off('exit', stopWithTest);
		const workers = child.pid ? childrenOf(child.pid) : [];
		if (child.exitCode === null && child.signalCode === null) {
			// SIGQUIT: nginx's graceful stop, the workers finish and exit, then the master.
			child.kill('SIGQUIT');
			const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
			if (!stopped) {
				child.kill('SIGKILL');
				await exited;
			}
		}
		const left = workers.filter(isRunning);
		left.forEach((pid) => process.kill(pid, 'SIGKILL'));
		rmSync(dir, { recursive: true, force: true });
		if (left.length > 0) throw new Error(`nginx left processes running after it stopped: ${left.join(', ')}`);
	};

	try {
		await waitForPort(port, child, 10_000, errorLog);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url: `http://127.0.0.1:${port}${site.base}`, siteDir, stop };
}
