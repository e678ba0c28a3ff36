import { BUILDS, listPages } from '../support/built-site';
import { PHONE_WIDTH } from '../support/mobile';
import { findNoJsNavigationProblems, findNoJsProblems, visibleTextBlocks } from '../support/no-js';
import { expect, test } from '../support/worker-pages';

// Every page of the build without JavaScript: its full text, diagrams, checkboxes and forms; on a phone the menu
// opens and a sidebar link leads to its page.
for (const path of listPages(BUILDS[0]!)) {
	test(`${path} without JavaScript`, async ({ jsPage, noJsPage: page }) => {
		await jsPage.setViewportSize({ width: 1280, height: 800 });
		await jsPage.goto(path);
		const withJs = await visibleTextBlocks(jsPage);

		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		const problems = await findNoJsProblems(page, withJs);
		await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
		problems.push(...(await findNoJsNavigationProblems(page)));
		expect(problems).toEqual([]);
	});
}
