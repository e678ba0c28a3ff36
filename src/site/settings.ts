import { z } from 'astro/zod';
import { TextSchema } from '../model/schema';

/**
 * What the city's web team sets for its deployment, in `site-settings.json` (or the file `SITE_SETTINGS` names):
 * how to reach the Sub Bagian Kerjasama Luar Negeri, the licence of the open data, and, if it must be fixed by hand,
 * the date of the content. Every field is optional; the repository ships the file empty, and no value is ever made up.
 */
export const SettingsSchema = z.strictObject({
	contact: z
		.strictObject({
			/** The unit's name as it should appear (defaults to the Sub Bagian named in the SOP). */
			unitName: TextSchema.optional(),
			/** The postal address, one line per line of the address. */
			address: z.array(z.string().trim().min(1)).min(1).optional(),
			telephone: z.string().trim().min(1).optional(),
			email: z.email().optional(),
			officeHours: TextSchema.optional(),
			webPage: z.url({ protocol: /^https?$/ }).optional(),
		})
		.default({}),
	/** The licence under which the city publishes the SOP data and downloads (a sentence in each language). */
	licence: TextSchema.optional(),
	/** The date of the content (YYYY-MM-DD), when the date of the last change in git is not the right one. */
	contentDate: z.iso.date().optional(),
});

/** The settings as the build uses them. */
export type Settings = z.output<typeof SettingsSchema>;
/** The contact part of the settings. */
export type Contact = Settings['contact'];

/** The settings file used when `SITE_SETTINGS` names none. */
export const DEFAULT_SETTINGS_FILE = 'site-settings.json';

/** Parses the text of a settings file; throws a message naming the file and each field in error. */
export function parseSettings(text: string, file: string): Settings {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
	}
	const parsed = SettingsSchema.safeParse(raw);
	if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`);
	return parsed.data;
}

/** Whether the settings say anything about how to reach the unit (a name alone says nothing). */
export function hasContact(contact: Contact): boolean {
	return Boolean(contact.address || contact.telephone || contact.email || contact.officeHours || contact.webPage);
}
