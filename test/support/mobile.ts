import type { Page } from '@playwright/test';

/** The width of a small phone. */
export const PHONE_WIDTH = 375;

/** Whether the page scrolls sideways, and if so the outermost elements that stick out of the screen, as problems naming the page. */
export async function findHorizontalScroll(page: Page): Promise<string[]> {
	const path = new URL(page.url()).pathname;
	const result = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth <= width) return undefined;
		const scrollsItself = (el: Element) => /(auto|scroll|hidden|clip)/.test(getComputedStyle(el).overflowX);
		const describe = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
		const culprits: string[] = [];
		const visit = (el: Element) => {
			const box = el.getBoundingClientRect();
			if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
				culprits.push(`${describe(el)} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
				return;
			}
			if (!scrollsItself(el)) [...el.children].forEach(visit);
		};
		[...document.body.children].forEach(visit);
		return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5) };
	});
	if (!result) return [];
	return [`${path}: scrolls sideways at ${result.width} px (content ${result.scrollWidth} px wide): ${result.culprits.join(', ') || 'no single element found'}`];
}

/** The visible drop-downs whose chosen option's label is cut (the stock header's "Oto…"), as problems naming the page. */
export async function findCutSelectLabels(page: Page): Promise<string[]> {
	const path = new URL(page.url()).pathname;
	const cut = await page.evaluate(() => {
		const context = document.createElement('canvas').getContext('2d')!;
		return [...document.querySelectorAll('select')]
			.filter((select) => select.checkVisibility())
			.flatMap((select) => {
				const style = getComputedStyle(select);
				context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const text = select.selectedOptions[0]?.text ?? '';
				const room = select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
				const needed = context.measureText(text).width;
				const label = select.labels[0];
				const name = label ? [...label.childNodes].filter((node) => node !== select).map((node) => node.textContent).join('').trim() : 'a drop-down';
				return needed > room + 0.5 ? [`"${name}" shows "${text}" cut (${Math.ceil(needed)} px of text in ${Math.floor(room)} px)`] : [];
			});
	});
	return cut.map((problem) => `${path}: ${problem}`);
}

/** Opens Starlight's menu on a phone (the sidebar, with the theme and language controls); false on pages without one (404). */
export async function openPhoneMenu(page: Page): Promise<boolean> {
	const menu = page.getByRole('button', { name: 'Menu', exact: true }); // Starlight's label in both languages
	if (!(await menu.isVisible())) return false;
	if (!(await page.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open')))) await menu.click();
	return true;
}
