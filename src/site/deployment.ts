/** Where the site is deployed: the origin (`site`) and the sub-path (`base`, always with slashes at both ends). */
export interface Deployment {
	site: string | undefined;
	base: string;
}

/** Reads `SITE_URL` and `BASE_PATH` from an environment; throws a one-line message on a malformed value. */
export function resolveDeployment(env: Record<string, string | undefined>): Deployment {
	const site = env.SITE_URL?.trim() || undefined;
	if (site !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(site)) {
		throw new Error(`SITE_URL must be an origin such as https://example.org, got "${site}"`);
	}
	const rawBase = env.BASE_PATH?.trim() || '/';
	if (!/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$|^\/$/.test(rawBase)) {
		throw new Error(`BASE_PATH must be a path such as /sop-kerjasama/, got "${rawBase}"`);
	}
	const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	return { site: site?.replace(/\/$/, ''), base };
}

/** The folder the build writes to, relative to the project: `OUT_DIR` when set, else `dist`. */
export function buildOutDir(env: Record<string, string | undefined>): string {
	return env.OUT_DIR?.trim() || 'dist';
}
