import { BUILDS, listPages } from '../support/built-site';
import { checkPageWithJs, checkPageWithoutJs } from '../support/page-checks';
import { languageOf, pagesToVisit, routePath } from '../support/sample-pages';
import { expect, test } from '../support/worker-pages';

// The browser checks, on every page no template builds and on the shortest and the longest instance of each template
// (a route file with a `[param]` segment) in each language: the other instances are the same markup with other data,
// which the built-HTML checks read on every page. One load with JavaScript (CSP, axe in both themes at 375 and 1280 px,
// phone layout and menu) and one without (text, diagrams, checkboxes, forms, navigation); every problem names its page.
const site = BUILDS[0]!;
for (const { path, why } of pagesToVisit(site, listPages(site)).pages) {
	test(`every browser check on ${path} (${why})`, async ({ jsPage, noJsPage }) => {
		const withJs = await checkPageWithJs(jsPage, path, languageOf(routePath(site, path)));
		const withoutJs = await checkPageWithoutJs(noJsPage, path, withJs.textBlocks);
		expect([...withJs.problems, ...withoutJs]).toEqual([]);
	});
}
