import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built copy of the site: its folder and the base path it was built for. */
export interface BuiltSite {
	dir: string;
	base: string;
}

/** The builds `npm test` makes: at the domain root, and under a sub-path. */
export const BUILDS: BuiltSite[] = [
	{ dir: 'dist', base: '/' },
	{ dir: 'dist-subpath', base: '/sop-kerjasama/' },
];

/** The sub-path the second build uses. */
export const SUBPATH = '/sop-kerjasama/';

/** Every HTML page of a build, as URL paths under its base (`/sop-kerjasama/ringkasan/`), taken from the build output. */
export function listPages(site: BuiltSite): string[] {
	if (!existsSync(site.dir)) throw new Error(`${site.dir}/ does not exist: build the site first (npm run build:all)`);
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(full);
			} else if (name.endsWith('.html')) {
				const rel = relative(site.dir, full).split(sep).join('/');
				pages.push(site.base + rel.replace(/(^|\/)index\.html$/, '$1'));
			}
		}
	};
	walk(site.dir);
	return pages.sort();
}

/** The file that serves a URL path of a build, or undefined when there is none. */
export function fileForPath(site: BuiltSite, urlPath: string): string | undefined {
	if (!urlPath.startsWith(site.base)) return undefined;
	const rel = decodeURIComponent(urlPath.slice(site.base.length));
	const candidates = rel === '' || rel.endsWith('/') ? [join(site.dir, rel, 'index.html')] : [join(site.dir, rel), join(site.dir, rel, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** The HTML of a page of a build. */
export function readPage(site: BuiltSite, urlPath: string): string {
	const file = fileForPath(site, urlPath);
	if (!file) throw new Error(`no file serves ${urlPath} in ${site.dir}/`);
	return readFileSync(file, 'utf8');
}
