import type { AstroIntegration } from 'astro';
import { settings, settingsFile } from '../build-info';
import { hasContact } from '../settings';

/** Reads the site settings when the build starts (an invalid file stops it) and warns when they give no contact. */
export function settingsIntegration(): AstroIntegration {
	return {
		name: 'sk-settings',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				if (!hasContact(settings.contact)) {
					logger.warn(`${settingsFile()} gives no contact for the Sub Bagian: pages will not say how to reach it (see the README, "Deploying").`);
				}
			},
		},
	};
}
