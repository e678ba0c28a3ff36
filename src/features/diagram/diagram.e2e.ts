import { expect, test, type Locator, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { orderedSteps } from '../../model/query';
import { flowLabels } from './diagrams';

const steps = orderedSteps(sop);
const title = (lang: 'id' | 'en') => flowLabels(sop, lang).title;

/** The flow diagram of the page: the inline SVG, found by its role and its title. */
function diagramOf(page: Page, lang: 'id' | 'en' = 'id'): Locator {
	return page.getByRole('main').getByRole('document', { name: title(lang) });
}

// Where every step box and list item links, and each phase page's own diagram: src/features/diagram/diagram.dist.test.ts.
test('/alur/ shows one diagram whose step boxes open their step page @subpath', async ({ page }) => {
	await page.goto('alur/');
	await expect(page.getByRole('heading', { level: 1, name: 'Alur prosedur' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('document')).toHaveCount(1);
	await expect(diagramOf(page).getByRole('link')).toHaveCount(23);
	for (const step of [steps[0]!, steps.at(-1)!]) {
		await diagramOf(page).getByRole('link', { name: `${step.number}. ${step.title.id}`, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/langkah/${step.id}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.id);
		await page.goBack();
	}
});

test('the English flow links to the English step pages @subpath', async ({ page }) => {
	await page.goto('en/alur/');
	const step = steps[11]!;
	await diagramOf(page, 'en').getByRole('link', { name: `${step.number}. ${step.title.en}`, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/en/langkah/${step.id}/$`));
});

test('a step box is a focusable link that shows its focus', async ({ page }) => {
	await page.goto('alur/');
	const link = diagramOf(page).getByRole('link', { name: `1. ${steps[0]!.title.id}`, exact: true });
	await link.focus();
	await expect(link).toBeFocused();
	const width = await link.evaluate((a) => getComputedStyle(a.querySelector('.label-container')!).strokeWidth);
	expect(parseFloat(width)).toBeGreaterThanOrEqual(3);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the diagram and the ordered list of steps are complete @subpath', async ({ page }) => {
		await page.goto('alur/');
		const diagram = diagramOf(page);
		await expect(diagram).toBeVisible();
		await expect(diagram.getByRole('link')).toHaveCount(23);
		const list = page.getByRole('list', { name: 'Langkah demi langkah' });
		await expect(list.getByRole('listitem')).toHaveCount(23);
		await expect(list.getByRole('listitem').last().getByRole('link').first()).toBeVisible();
	});
});

/** Every text of the diagram whose box is not inside its shape, as "text: why". */
async function overflowingLabels(diagram: Locator): Promise<string[]> {
	return diagram.evaluate((svg: SVGSVGElement) => {
		const problems: string[] = [];
		// The corners of an element's box, in the user space of another element.
		const corners = (element: SVGGraphicsElement, into: SVGGraphicsElement) => {
			const box = element.getBBox();
			const matrix = into.getScreenCTM()!.inverse().multiply(element.getScreenCTM()!);
			return [
				[box.x, box.y],
				[box.x + box.width, box.y],
				[box.x, box.y + box.height],
				[box.x + box.width, box.y + box.height],
			].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
		};
		const check = (text: SVGGraphicsElement, shape: SVGGeometryElement | null) => {
			if (!shape) return problems.push(`${text.textContent}: no shape`);
			const outside = corners(text, shape).filter((point) => !shape.isPointInFill(point) && !shape.isPointInStroke(point));
			if (outside.length > 0) problems.push(`${text.textContent}: ${outside.length} corner(s) outside its ${shape.tagName}`);
		};
		for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
			for (const text of node.querySelectorAll<SVGTextElement>('text')) check(text, node.querySelector<SVGGeometryElement>('.label-container'));
		}
		for (const lane of svg.querySelectorAll<SVGGElement>('g.swimlane')) {
			for (const text of lane.querySelectorAll<SVGTextElement>('.swimlane-label text')) check(text, lane.querySelector<SVGGeometryElement>('rect.swimlane-title'));
		}
		return problems;
	});
}

for (const lang of ['id', 'en'] as const) {
	test(`no label overflows its box (${lang})`, async ({ page }) => {
		await page.goto(lang === 'en' ? 'en/alur/' : 'alur/');
		await page.evaluate(() => document.fonts.ready);
		const diagram = diagramOf(page, lang);
		await expect(diagram.locator('g.node')).not.toHaveCount(0);
		expect(await diagram.locator('text').count()).toBeGreaterThan(30);
		expect(await overflowingLabels(diagram)).toEqual([]);
	});
}

/** The contrast of each text of the diagram against the fill behind it, with the box fills. */
async function diagramColours(diagram: Locator) {
	return diagram.evaluate((svg: SVGSVGElement) => {
		const rgb = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);
		const luminance = (colour: string) => {
			const [r, g, b] = rgb(colour).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const contrast = (a: string, b: string) => {
			const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (light! + 0.05) / (dark! + 0.05);
		};
		const behind = (text: Element) =>
			text.closest('.node')?.querySelector('.label-container') ??
			text.closest('.edgeLabel')?.querySelector('rect.background') ??
			text.closest('.swimlane')?.querySelector('rect.swimlane-title');
		const texts = [...svg.querySelectorAll('text')].map((text) => {
			const background = getComputedStyle(behind(text)!).fill;
			return { text: text.textContent, ratio: contrast(getComputedStyle(text).fill, background) };
		});
		const box = getComputedStyle(svg.querySelector('.node.clickable .label-container')!).fill;
		return { texts, boxLuminance: luminance(box) };
	});
}

for (const theme of ['light', 'dark'] as const) {
	test.describe(`in the ${theme} theme`, () => {
		test.use({ colorScheme: theme });

		test('the diagram follows the theme, its text at least 4.5:1 against its background', async ({ page }) => {
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto('alur/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const { texts, boxLuminance } = await diagramColours(diagramOf(page));
			expect(texts.length).toBeGreaterThan(30);
			expect(texts.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
			if (theme === 'dark') expect(boxLuminance).toBeLessThan(0.1);
			else expect(boxLuminance).toBeGreaterThan(0.8);
		});
	});
}
