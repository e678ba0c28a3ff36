import { findA11yViolations, showTheme, THEMES, WIDTHS } from '../support/a11y';
import { BUILDS, listPages } from '../support/built-site';
import { expect, test } from '../support/worker-pages';

// Every page of the build, in both themes, at phone and desktop width: no WCAG 2.0/2.1/2.2 A or AA violation.
for (const path of listPages(BUILDS[0]!)) {
	test(`accessibility of ${path}`, async ({ jsPage: page }) => {
		await page.emulateMedia({ colorScheme: THEMES[0] });
		await page.setViewportSize({ width: WIDTHS[0], height: 800 });
		await page.goto(path);
		const violations: string[] = [];
		for (const theme of THEMES) {
			await showTheme(page, theme);
			// Phone then desktop in the first theme, back to the phone in the second: no extra resize.
			for (const width of theme === THEMES[0] ? WIDTHS : [...WIDTHS].reverse()) {
				await page.setViewportSize({ width, height: 800 });
				violations.push(...(await findA11yViolations(page, `${theme}, ${width} px`)));
			}
		}
		expect(violations).toEqual([]);
	});
}
