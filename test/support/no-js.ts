import type { Page } from '@playwright/test';

/** The blocks of text a reader reads; the check compares them with and without JavaScript. */
const TEXT_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, blockquote, summary, pre, label, a';

/** Text that belongs to a control or is declared hidden in the HTML: without JavaScript it may rightly stay hidden. */
const JS_ONLY = 'button, select, textarea, [role="button"], [hidden], template';

/** Normalises whitespace so that text laid out differently still compares equal. */
function flatten(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The text of the main content's blocks that the reader sees, not counting controls and elements hidden by declaration. */
export async function visibleTextBlocks(page: Page): Promise<string[]> {
	return page.locator('main').evaluate(
		(main, [blocks, jsOnly]) =>
			[...main.querySelectorAll<HTMLElement>(blocks)]
				.filter((el) => !el.closest(jsOnly) && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
				.map((el) => (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim())
				.filter((text) => text !== ''),
		[TEXT_BLOCKS, JS_ONLY] as const,
	);
}

/**
 * What a reader without JavaScript misses on a page, each problem naming the page: no main content or title; text
 * that is in the HTML and shown with JavaScript (`withJs`, the text blocks of the same page read with JavaScript on)
 * but hidden without it; diagrams and images in figures not drawn; checkboxes not shown as boxes; forms that cannot be sent.
 */
export async function findNoJsProblems(page: Page, withJs: string[]): Promise<string[]> {
	const path = new URL(page.url()).pathname;
	const problems: string[] = [];
	const main = page.locator('main');
	if ((await main.count()) !== 1 || !(await main.isVisible())) return [`${path}: no visible main content without JavaScript`];
	if (!(await page.locator('h1').first().isVisible())) problems.push(`${path}: the page title (h1) is not visible without JavaScript`);

	// The text the HTML offers a reader: elements declared hidden (JavaScript's own controls, say) and the contents
	// of scripts (data for JavaScript) and styles do not count.
	const [allText, shownText] = await main.evaluate(
		(el: HTMLElement, jsOnly) => {
			const offered = el.cloneNode(true) as HTMLElement;
			for (const hidden of offered.querySelectorAll(jsOnly)) hidden.remove();
			return [offered.textContent ?? '', el.innerText];
		},
		'[hidden], template, script, style',
	);
	const inHtml = flatten(allText);
	const shown = flatten(shownText);
	if (shown.length === 0) problems.push(`${path}: the main content shows no text without JavaScript`);
	for (const block of new Set(withJs)) {
		// Text that JavaScript writes is not in the HTML: only text the HTML already holds must show without JavaScript.
		if (inHtml.includes(block) && !shown.includes(block)) problems.push(`${path}: text hidden without JavaScript: "${block.slice(0, 80)}"`);
	}

	const figures = main.locator('figure :is(svg:not([aria-hidden="true"]), img)');
	for (let i = 0; i < (await figures.count()); i++) {
		const drawn = await figures.nth(i).evaluate((el) => {
			const box = el.getBoundingClientRect();
			const loaded = !(el instanceof HTMLImageElement) || (el.complete && el.naturalWidth > 0);
			return loaded && box.width >= 1 && box.height >= 1 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
		});
		if (!drawn) problems.push(`${path}: figure ${i + 1} (a diagram or image) is not drawn without JavaScript`);
	}
	// Controls inside elements declared hidden belong to JavaScript's enhancement; the ones the HTML offers must show.
	const checkboxes = main.locator('input[type="checkbox"]:not([hidden] *)');
	for (let i = 0; i < (await checkboxes.count()); i++) {
		if (!(await checkboxes.nth(i).isVisible())) problems.push(`${path}: checkbox ${i + 1} does not show without JavaScript`);
	}
	const forms = main.locator('form:not([hidden], [hidden] *)');
	for (let i = 0; i < (await forms.count()); i++) {
		const form = forms.nth(i);
		const action = (await form.getAttribute('action')) ?? '';
		if (/^\s*javascript:/i.test(action)) problems.push(`${path}: form ${i + 1} can only be sent with JavaScript (action="${action}")`);
		const submit = form.locator('button:not([type]), button[type="submit"], input[type="submit"]');
		if ((await submit.count()) === 0 || !(await submit.first().isVisible())) problems.push(`${path}: form ${i + 1} has no visible submit button without JavaScript`);
	}
	return problems;
}

/**
 * Checks the site navigation without JavaScript: on a phone the menu button opens the sidebar, whose links show;
 * following the first sidebar link to another page (the header's first link on pages without a sidebar) opens it.
 * Returns problems naming the page.
 */
export async function findNoJsNavigationProblems(page: Page): Promise<string[]> {
	const path = new URL(page.url()).pathname;
	const sidebarLinks = page.locator('#starlight__sidebar a[href]');
	const hasSidebar = (await sidebarLinks.count()) > 0;
	if (hasSidebar && !(await sidebarLinks.first().isVisible())) {
		const menu = page.getByRole('button', { name: 'Menu', exact: true }); // Starlight's label in both languages
		if (!(await menu.isVisible())) return [`${path}: the sidebar is hidden and no menu button shows without JavaScript`];
		await menu.click();
		if (!(await sidebarLinks.first().isVisible())) return [`${path}: the menu button does not open the sidebar without JavaScript`];
	}
	const target = (hasSidebar ? page.locator('#starlight__sidebar a[href]:not([aria-current="page"])') : page.locator('header a[href]')).first();
	if ((await target.count()) === 0) return hasSidebar ? [] : [`${path}: no sidebar and no link in the header`];
	const name = flatten(await target.innerText());
	const expected = new URL((await target.getAttribute('href'))!, page.url()).pathname;
	await target.click();
	await page.waitForURL((url) => url.pathname === expected);
	if (!(await page.locator('h1').first().isVisible())) return [`${path}: following the link "${name}" without JavaScript does not open a page`];
	return [];
}
