import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS_FILE, parseSettings, type Settings } from './settings';

/** The settings file of this build: `SITE_SETTINGS` when set, else `site-settings.json` at the project root. */
export function settingsFile(env: Record<string, string | undefined> = process.env): string {
	return env.SITE_SETTINGS?.trim() || DEFAULT_SETTINGS_FILE;
}

/** Reads and checks the settings file of this build; a missing or invalid file stops the build with its name. */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
	const file = settingsFile(env);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new Error(`${file}: the settings file cannot be read (set SITE_SETTINGS to another file, or restore ${DEFAULT_SETTINGS_FILE})`);
	}
	return parseSettings(text, file);
}

/** The date (YYYY-MM-DD) of the last commit that changed the SOP content, or undefined outside a git checkout. */
export function lastContentCommitDate(): string | undefined {
	try {
		const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'src/content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
	} catch {
		return undefined;
	}
}

/** The settings of this build, read once. */
export const settings: Settings = readSettings();

/** The date of the content: the settings' `contentDate`, else the date of the last change to src/content in git. */
export const contentDate: string | undefined = settings.contentDate ?? lastContentCommitDate();
