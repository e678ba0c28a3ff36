import type { Page } from '@playwright/test';
import { LANGUAGES, type Lang } from '../../src/model/languages';
import { findA11yViolations, showTheme, THEMES, WIDTHS } from './a11y';
import { watchCspViolations } from './csp';
import { findCutSelectLabels, findHorizontalScroll, openPhoneMenu, PHONE_WIDTH } from './mobile';
import { findNoJsNavigationProblems, findNoJsProblems, visibleTextBlocks } from './no-js';

/** The width the text a reader sees with JavaScript is read at, and the no-JavaScript page is read at. */
const DESKTOP_WIDTH = WIDTHS[1];

/** What one load of a page with JavaScript found: its problems, and the text a reader sees (compared without JavaScript next). */
export interface WithJsResult {
	problems: string[];
	textBlocks: string[];
}

/** Waits until the browser has been idle twice: Starlight and the site start some work when the browser is idle. */
async function waitForIdle(page: Page): Promise<void> {
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 1000 }), { timeout: 1000 })));
}

/**
 * Every browser check of a page with JavaScript, in one load, each problem naming the page: the Content Security
 * Policy violations the browser reports while the page loads, idles and is used; sideways scroll at 375 px; axe in
 * the light and the dark theme at 375 and 1280 px; on a phone, a menu holding the theme picker and the link to each
 * other language, and no cut drop-down label. The page's context should send each page's policy as a header
 * (`enforcePolicyAsHeader`), so the inline scripts before the policy's `<meta>` are covered too.
 */
export async function checkPageWithJs(page: Page, path: string, lang: Lang): Promise<WithJsResult> {
	const csp = watchCspViolations(page);
	const problems: string[] = [];
	let textBlocks: string[] = [];
	await page.emulateMedia({ colorScheme: THEMES[0] });
	await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
	await page.goto(path);
	problems.push(...(await findHorizontalScroll(page)));

	for (const theme of THEMES) {
		await showTheme(page, theme);
		// Phone then desktop in the first theme, back to the phone in the second: no extra resize.
		for (const width of theme === THEMES[0] ? WIDTHS : [...WIDTHS].reverse()) {
			await page.setViewportSize({ width, height: 800 });
			if (theme === THEMES[0] && width === DESKTOP_WIDTH) textBlocks = await visibleTextBlocks(page);
			problems.push(...(await findA11yViolations(page, `${theme}, ${width} px`)));
		}
	}

	// Still at phone width: the menu holds the theme picker and a link to each other language (a page's own form controls are not counted).
	if (await openPhoneMenu(page)) {
		const menu = page.locator('#starlight__sidebar');
		for (const other of LANGUAGES.filter((language) => language.code !== lang)) {
			const link = menu.getByRole('link', { name: other.label, exact: true });
			const shown = await link.waitFor({ state: 'visible', timeout: 2000 }).then(
				() => true,
				() => false,
			);
			if (!shown) problems.push(`${path}: the phone menu shows no link "${other.label}" to the other language`);
		}
		const pickers = await menu.getByRole('combobox').count();
		if (pickers !== 1) problems.push(`${path}: the phone menu holds ${pickers} drop-downs, not the theme picker alone`);
	}
	problems.push(...(await findCutSelectLabels(page)));
	// Whatever the page starts when the browser is idle has had every chance to start by now: let it run, then collect.
	await waitForIdle(page);
	problems.push(...csp());
	return { problems, textBlocks };
}

/**
 * Every check of a page without JavaScript, in one load, each problem naming the page: the text `withJs` shows that
 * the HTML holds, its diagrams, checkboxes and forms (at 1280 px); then, on a phone, the menu opens and a sidebar
 * link leads to its page.
 */
export async function checkPageWithoutJs(page: Page, path: string, withJs: string[]): Promise<string[]> {
	await page.setViewportSize({ width: DESKTOP_WIDTH, height: 800 });
	await page.goto(path);
	const problems = await findNoJsProblems(page, withJs);
	await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
	problems.push(...(await findNoJsNavigationProblems(page)));
	return problems;
}
