/**
 * Debian's `chromium-headless-shell`: the same Blink as Debian's Chromium, built without the browser's window system
 * (the "old headless" shell Playwright itself runs headless tests in). It starts and renders about twice as fast, so the
 * tests and the build take it when it is there.
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/** Where an installed Chromium or Chrome usually lives on Linux and macOS, in order of preference. */
export const KNOWN_CHROMIUM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The one-line message shown when no browser is found. */
export const NO_CHROMIUM_MESSAGE =
	'No Chromium or Chrome found: install one (Debian: apt-get install -y --no-install-recommends chromium chromium-headless-shell) or set CHROME_PATH to its executable.';

/** Which browser to look for: `headless-shell` prefers the headless shell (tests, build), `browser` skips it (what readers run, for Lighthouse). */
export type ChromiumKind = 'headless-shell' | 'browser';

/**
 * The browser to drive: `CHROME_PATH` when set (it must exist), else the first known path that exists, the headless
 * shell first unless `kind` is `browser`; throws a one-line message otherwise.
 */
export function findChromium(env: Record<string, string | undefined>, exists: (path: string) => boolean, kind: ChromiumKind = 'headless-shell'): string {
	const fromEnv = env.CHROME_PATH?.trim();
	if (fromEnv) {
		if (!exists(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", which does not exist. ${NO_CHROMIUM_MESSAGE}`);
		return fromEnv;
	}
	const candidates = kind === 'headless-shell' ? [HEADLESS_SHELL_PATH, ...KNOWN_CHROMIUM_PATHS] : KNOWN_CHROMIUM_PATHS;
	const found = candidates.find((path) => exists(path));
	if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
	return found;
}

/** Command-line flags for headless Chromium here: no sandbox as root, no background traffic. */
export function chromiumArgs(isRoot: boolean): string[] {
	return [
		...(isRoot ? ['--no-sandbox'] : []),
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
	];
}
