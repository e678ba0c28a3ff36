import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Starlight's colour themes: every page is checked in both. */
export const THEMES = ['light', 'dark'] as const;

/** The widths every page is checked at: a small phone and a desktop. */
export const WIDTHS = [375, 1280] as const;

/** A colour theme of the site. */
export type Theme = (typeof THEMES)[number];

/**
 * Shows the page in a theme as a reader whose system prefers it sees it: Starlight's automatic theme follows the
 * system's colour scheme, at load and when it changes. Waits until the page shows the theme and its animations end.
 */
export async function showTheme(page: Page, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.waitForFunction((value) => document.documentElement.dataset.theme === value, theme, { timeout: 5000 });
	await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

/** The WCAG A/AA violations axe finds on the page as it is now, as "page [context]: rule (impact) — help: elements". */
export async function findA11yViolations(page: Page, context: string): Promise<string[]> {
	// Speed, as every page is checked four times: legacy mode runs axe in the page in one go (the site has no frames to
	// reach into), and a page that already holds axe from an earlier run is not sent its source again.
	const injected = await page.evaluate(() => 'axe' in window);
	const builder = new AxeBuilder({ page, axeSource: injected ? ';' : undefined });
	const results = await builder.withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
	const path = new URL(page.url()).pathname;
	return results.violations.map((violation) => {
		const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
		const more = violation.nodes.length > targets.length ? ` and ${violation.nodes.length - targets.length} more` : '';
		return `${path} [${context}]: ${violation.id} (${violation.impact}) — ${violation.help}: ${targets.join(', ')}${more}`;
	});
}
