import { expect, test } from '@playwright/test';
import { findA11yViolations } from '../support/a11y';
import { enforcePolicyAsHeader, watchCspViolations } from '../support/csp';
import { findCutSelectLabels, findHorizontalScroll, PHONE_WIDTH } from '../support/mobile';
import { findNoJsProblems, visibleTextBlocks } from '../support/no-js';
import { checkPageWithJs, checkPageWithoutJs } from '../support/page-checks';
import { serveSite, type StaticServer } from '../support/static-server';

// The browser checks on a small site with one good page and one deliberately broken page (test/fixtures/site/broken/):
// each check must fail on the broken page, naming it, and pass the good one.

let site: StaticServer;
test.beforeAll(async () => {
	site = await serveSite({ dir: 'test/fixtures/site/broken', base: '/' });
});
test.afterAll(async () => site.close());

test('the accessibility check reports the image without alt text, on every run over the same page', async ({ page }) => {
	await page.goto(`${site.url}rusak/`);
	for (const width of [PHONE_WIDTH, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		expect(await findA11yViolations(page, `light, ${width} px`)).toEqual([
			expect.stringMatching(new RegExp(`^/rusak/ \\[light, ${width} px\\]: image-alt \\(critical\\) — Images must have alternative text: img$`)),
		]);
	}
	await page.goto(site.url);
	expect(await findA11yViolations(page, 'light, 1280 px')).toEqual([]);
});

test('the CSP check reports the inline script the policy blocks', async ({ context, page }) => {
	await enforcePolicyAsHeader(context);
	const onBrokenPage = watchCspViolations(page);
	await page.goto(`${site.url}rusak/`);
	expect(onBrokenPage()).toContainEqual(expect.stringMatching(/^\/rusak\/: Executing inline script violates the following Content Security Policy directive 'script-src 'self''/));
	const onGoodPage = watchCspViolations(page);
	await page.goto(site.url);
	expect(onGoodPage()).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the no-JavaScript check reports text, a diagram and a checkbox that only JavaScript shows, and a form it needs', async ({ page, browser }) => {
		for (const [path, expected] of [
			[
				'rusak/',
				[
					'/rusak/: text hidden without JavaScript: "Teks ini hanya tampil dengan JavaScript."',
					'/rusak/: figure 1 (a diagram or image) is not drawn without JavaScript',
					'/rusak/: checkbox 1 does not show without JavaScript',
					'/rusak/: form 1 can only be sent with JavaScript (action="javascript:void(0)")',
					'/rusak/: form 1 has no visible submit button without JavaScript',
				],
			],
			['', []],
		] as const) {
			const withJs = await browser.newPage({ javaScriptEnabled: true });
			await withJs.goto(`${site.url}${path}`);
			const blocks = await visibleTextBlocks(withJs);
			await withJs.close();
			await page.goto(`${site.url}${path}`);
			expect(await findNoJsProblems(page, blocks)).toEqual(expected);
		}
	});
});

test('the phone checks report the page that scrolls sideways, the element that sticks out, and a cut drop-down label', async ({ page }) => {
	await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
	await page.goto(`${site.url}rusak/`);
	expect(await findHorizontalScroll(page)).toEqual([expect.stringMatching(/^\/rusak\/: scrolls sideways at 375 px \(content \d+ px wide\): div\.sk-wide \(\d+–\d+ px\)$/)]);
	expect(await findCutSelectLabels(page)).toEqual([expect.stringMatching(/^\/rusak\/: "Bahasa" shows "Bahasa Indonesia" cut \(\d+ px of text in \d+ px\)$/)]);
	await page.goto(site.url);
	expect(await findHorizontalScroll(page)).toEqual([]);
});

test('the sweep over a page runs every browser check in one load with JavaScript and one without, and reports each problem', async ({ browser }) => {
	const withJsContext = await browser.newContext();
	await enforcePolicyAsHeader(withJsContext);
	const withoutJsContext = await browser.newContext({ javaScriptEnabled: false });
	const [jsPage, noJsPage] = await Promise.all([withJsContext.newPage(), withoutJsContext.newPage()]);
	const sweep = async (path: string) => {
		const withJs = await checkPageWithJs(jsPage, `${site.url}${path}`, 'id');
		return [...withJs.problems, ...(await checkPageWithoutJs(noJsPage, `${site.url}${path}`, withJs.textBlocks))];
	};
	const imageAlt = (context: string) => expect.stringMatching(new RegExp(`^/rusak/ \\[${context}\\]: image-alt \\(critical\\)`));
	expect(await sweep('rusak/')).toEqual([
		expect.stringMatching(/^\/rusak\/: scrolls sideways at 375 px/),
		imageAlt('light, 375 px'),
		imageAlt('light, 1280 px'),
		imageAlt('dark, 1280 px'),
		imageAlt('dark, 375 px'),
		expect.stringMatching(/^\/rusak\/: "Bahasa" shows "Bahasa Indonesia" cut/),
		// Blocked twice: by the policy sent as a header and by the page's <meta>.
		...Array(2).fill(expect.stringMatching(/^\/rusak\/: Executing inline script violates the following Content Security Policy directive 'script-src 'self''/)),
		'/rusak/: text hidden without JavaScript: "Teks ini hanya tampil dengan JavaScript."',
		'/rusak/: figure 1 (a diagram or image) is not drawn without JavaScript',
		'/rusak/: checkbox 1 does not show without JavaScript',
		'/rusak/: form 1 can only be sent with JavaScript (action="javascript:void(0)")',
		'/rusak/: form 1 has no visible submit button without JavaScript',
	]);
	expect(await sweep('')).toEqual([]);
	await Promise.all([withJsContext.close(), withoutJsContext.close()]);
});
