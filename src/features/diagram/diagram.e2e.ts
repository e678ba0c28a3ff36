import { expect, test, type Locator, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { getLevel, orderedPhases, orderedSteps, stepsOfPhase } from '../../model/query';
import { LANGS, type Lang } from '../../model/languages';
import { routes } from '../../site/routes';
import { flowLabels, overviewLabels } from './diagrams';
import { buildFlow } from './flow';
import { translate } from './strings';

const steps = orderedSteps(sop);
const decisions = steps.filter((step) => step.decision);
const title = (lang: Lang) => flowLabels(sop, lang).title;
const flowPage = (lang: Lang) => (lang === 'en' ? 'en/alur/' : 'alur/');

/** The whole-flow diagram of the page: the inline SVG, found by its role and its title. */
function diagramOf(page: Page, lang: Lang = 'id'): Locator {
	return page.getByRole('main').getByRole('document', { name: title(lang) });
}

/** The overview of the page, found by its role and its title. */
function overviewOf(page: Page, lang: Lang = 'id'): Locator {
	return page.getByRole('main').getByRole('document', { name: overviewLabels(sop, lang).title });
}

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.evaluate(() => document.fonts.ready);
}

// Where every step box and list item links, and each phase page's own diagram: src/features/diagram/diagram.dist.test.ts.
test('/alur/ shows the overview, then one diagram whose step boxes open their step page @subpath', async ({ page }) => {
	await open(page, 'alur/');
	await expect(page.getByRole('heading', { level: 1, name: 'Alur prosedur' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('document')).toHaveCount(2);
	const diagram = diagramOf(page);
	await expect(diagram.getByRole('link')).toHaveCount(23);
	for (const step of [steps[0]!, steps.at(-1)!]) {
		await diagramOf(page).getByRole('link', { name: `${step.number}. ${step.title.id}`, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/langkah/${step.id}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.id);
		await page.goBack();
	}
});

test('a phase of the overview opens its phase page, which shows that phase’s diagram @subpath', async ({ page }) => {
	await open(page, 'alur/');
	// Where each phase of the overview links: diagram.dist.test.ts.
	for (const phase of [orderedPhases(sop)[0]!, orderedPhases(sop).at(-1)!]) {
		await overviewOf(page).getByRole('link', { name: `${phase.order}. ${phase.title.id}`, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/tahap/${phase.id}/$`));
		await expect(page.getByRole('main').getByRole('document', { name: flowLabels(sop, 'id', phase.id).title })).toBeVisible();
		await page.goBack();
	}
});

test('the English flow links to the English step pages @subpath', async ({ page }) => {
	await open(page, 'en/alur/');
	const step = steps[11]!;
	await diagramOf(page, 'en').getByRole('link', { name: `${step.number}. ${step.title.en}`, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/en/langkah/${step.id}/$`));
});

test('a step box is a focusable link that shows its focus, and Tab goes through the steps in order', async ({ page }) => {
	await open(page, 'alur/');
	const link = diagramOf(page).getByRole('link', { name: `1. ${steps[0]!.title.id}`, exact: true });
	await link.focus();
	await expect(link).toBeFocused();
	const width = await link.evaluate((a) => getComputedStyle(a.querySelector('.label-container')!).strokeWidth);
	expect(parseFloat(width)).toBeGreaterThanOrEqual(3);
	for (const step of steps.slice(1, 12)) {
		await page.keyboard.press('Tab');
		await expect(diagramOf(page).getByRole('link', { name: `${step.number}. ${step.title.id}`, exact: true })).toBeFocused();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the overview, the diagram and the ordered list of steps are complete @subpath', async ({ page }) => {
		await page.goto('alur/');
		await expect(overviewOf(page).getByRole('link')).toHaveCount(sop.phases.length);
		const diagram = diagramOf(page);
		await expect(diagram).toBeVisible();
		await expect(diagram.getByRole('link')).toHaveCount(23);
		const list = page.getByRole('list', { name: 'Langkah demi langkah' });
		await expect(list.getByRole('listitem')).toHaveCount(23);
		await expect(list.getByRole('listitem').last().getByRole('link').first()).toBeVisible();
	});
});

test.describe('at 1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	for (const lang of LANGS) {
		test(`the overview fits the first screen, every phase linked and in view (${lang})`, async ({ page }) => {
			await open(page, flowPage(lang));
			const overview = overviewOf(page, lang);
			const box = (await overview.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(800);
			expect(box.x + box.width).toBeLessThanOrEqual(1280);
			expect(await overview.evaluate((svg) => svg.parentElement!.scrollWidth <= svg.parentElement!.clientWidth)).toBe(true);
			const links = overview.getByRole('link');
			await expect(links).toHaveCount(sop.phases.length);
			for (const phase of orderedPhases(sop)) {
				const link = overview.getByRole('link', { name: `${phase.order}. ${phase.title[lang]}`, exact: true });
				// What is drawn at the middle of the phase's box is that box: nothing covers it, nothing cuts it.
				expect(await link.evaluate((a) => {
					const { x, y, width, height } = a.getBoundingClientRect();
					return a.contains(document.elementFromPoint(x + width / 2, y + height / 2)) && y >= 0 && y + height <= innerHeight;
				}), phase.id).toBe(true);
			}
		});

		test(`every lane title of the overview and of the whole flow shows whole, none cut by the edge of its box (${lang})`, async ({ page }) => {
			await open(page, flowPage(lang));
			for (const diagram of [overviewOf(page, lang), diagramOf(page, lang)]) {
				const cut = await diagram.evaluate((svg) => {
					const frame = svg.parentElement!.getBoundingClientRect();
					return [...svg.querySelectorAll('rect.swimlane-title')]
						.map((rect) => rect.getBoundingClientRect())
						.filter((rect) => rect.left < frame.left - 0.5 || rect.right > frame.right + 0.5);
				});
				expect(cut).toEqual([]);
			}
		});
	}
});

/** The lane titles kept in view over a scrolled diagram: each title's text, and whether it shows at the top of the box. */
async function keptTitles(diagram: Locator) {
	return diagram.evaluate((svg) => {
		const box = svg.parentElement!;
		const frame = box.getBoundingClientRect();
		const copy = box.querySelector('.sk-flow-lanes svg')!;
		return [...copy.querySelectorAll('text')].map((text) => {
			const rect = text.getBoundingClientRect();
			const x = Math.min(Math.max(rect.left + rect.width / 2, frame.left + 2), frame.right - 2);
			const y = rect.top + rect.height / 2;
			return {
				text: text.textContent!.replace(/\s+/g, ' ').trim(),
				atTop: Math.abs(copy.getBoundingClientRect().top - frame.top) <= 2,
				inView: rect.right > frame.left && rect.left < frame.right,
				shown: copy.contains(document.elementFromPoint(x, y)),
			};
		});
	});
}

for (const width of [375, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });

		for (const lang of LANGS) {
			test(`the lane titles stay in view while the whole flow scrolls down (${lang})`, async ({ page }) => {
				await open(page, flowPage(lang));
				const diagram = diagramOf(page, lang);
				await diagram.evaluate((svg) => {
					svg.parentElement!.scrollIntoView({ block: 'center' });
					svg.parentElement!.scrollTop = 2000;
				});
				const names = buildFlow(sop).lanes.map((id) => getLevel(sop, id).name[lang]);
				let titles = await keptTitles(diagram);
				expect(titles.map((title) => title.text)).toEqual(names);
				for (const title of titles.filter((t) => t.inView)) expect(title, title.text).toMatchObject({ atTop: true, shown: true });
				expect(titles.filter((t) => t.inView).length).toBeGreaterThan(0);
				// Scrolled to its far side, the last lanes' titles show as well.
				await diagram.evaluate((svg) => (svg.parentElement!.scrollLeft = svg.parentElement!.scrollWidth));
				titles = await keptTitles(diagram);
				expect(titles.at(-1)).toMatchObject({ inView: true, atTop: true, shown: true });
			});
		}
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('the overview comes first, then the phases, and the 23-step diagram further down', async ({ page }) => {
		await open(page, 'alur/');
		const top = async (locator: Locator) => (await locator.boundingBox())!.y;
		const overview = await top(overviewOf(page));
		expect(overview).toBeLessThan(800);
		const phases = await top(page.getByRole('list', { name: 'Tahap demi tahap' }));
		const full = await top(diagramOf(page));
		expect(overview).toBeLessThan(phases);
		expect(phases).toBeLessThan(full);
		expect(full).toBeGreaterThan(800);
	});

	test('a phase page shows its phase’s diagram, not the whole flow', async ({ page }) => {
		const phase = orderedPhases(sop)[4]!;
		await open(page, routes.phase(phase.id).slice(1));
		await expect(page.getByRole('main').getByRole('document', { name: flowLabels(sop, 'id', phase.id).title })).toBeVisible();
		await expect(diagramOf(page)).toHaveCount(0);
	});
});

/** Every text of a diagram whose box is not inside its shape, as "text: why". */
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

/**
 * Labels of arrows that sit apart from their own arrow, or on a box or another label, and boxes that leave their lane,
 * as "what: why".
 */
async function misplacedLabels(diagram: Locator): Promise<string[]> {
	return diagram.evaluate((svg: SVGSVGElement) => {
		const problems: string[] = [];
		const box = (element: Element) => element.getBoundingClientRect();
		const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
		const nodes = [...svg.querySelectorAll('g.node')];
		const labels = [...svg.querySelectorAll('g.edgeLabel')].filter((label) => label.textContent!.trim());
		for (const label of labels) {
			const name = label.textContent!.replace(/\s+/g, ' ').trim();
			const area = box(label.querySelector('rect.background')!);
			const key = /(L_.+)$/.exec(label.id)![1]!;
			const path = svg.querySelector<SVGPathElement>(`path[id$="-${key}"]`)!;
			const matrix = path.getScreenCTM()!;
			const near = Array.from({ length: Math.ceil(path.getTotalLength() / 2) + 1 }, (_, i) => path.getPointAtLength(Math.min(i * 2, path.getTotalLength())).matrixTransform(matrix)).some(
				(p) => p.x >= area.left - 6 && p.x <= area.right + 6 && p.y >= area.top - 6 && p.y <= area.bottom + 6,
			);
			if (!near) problems.push(`${name}: away from its arrow`);
			for (const node of nodes) if (overlap(area, box(node))) problems.push(`${name}: on the box "${node.textContent!.replace(/\s+/g, ' ').trim()}"`);
			for (const other of labels) if (other !== label && overlap(area, box(other.querySelector('rect.background')!))) problems.push(`${name}: on another label`);
		}
		const lanes = [...svg.querySelectorAll('g.swimlane rect.swimlane-body')].map(box);
		for (const node of nodes) {
			const area = box(node);
			if (!lanes.some((lane) => area.left >= lane.left - 1 && area.right <= lane.right + 1)) problems.push(`${node.textContent!.trim()}: outside its lane`);
		}
		return problems;
	});
}

for (const lang of LANGS) {
	test(`no label overflows its box, none sits apart from its arrow or on a box, in any diagram (${lang})`, async ({ page }) => {
		await open(page, flowPage(lang));
		for (const diagram of [overviewOf(page, lang), diagramOf(page, lang)]) {
			await expect(diagram.locator('g.node')).not.toHaveCount(0);
			expect(await diagram.locator('text').count()).toBeGreaterThan(20);
			expect(await overflowingLabels(diagram)).toEqual([]);
			expect(await misplacedLabels(diagram)).toEqual([]);
		}
		for (const phase of orderedPhases(sop)) {
			await open(page, `${lang === 'en' ? 'en' : ''}${routes.phase(phase.id)}`.replace(/^\//, ''));
			const diagram = page.getByRole('main').getByRole('document', { name: flowLabels(sop, lang, phase.id).title });
			expect(await overflowingLabels(diagram), phase.id).toEqual([]);
			expect(await misplacedLabels(diagram), phase.id).toEqual([]);
		}
	});

	test(`each decision’s "no" branch ends in the box that says to ask the Sub Bagian, and the repeat of steps 20–22 is drawn back to step 20 (${lang})`, async ({ page }) => {
		await open(page, flowPage(lang));
		const diagram = diagramOf(page, lang);
		const ask = translate(lang, 'flow.ask', { unit: translate(lang, 'contact.unit') });
		const arrows = await diagram.evaluate((svg) => {
			/** Where an arrow ends, and the text of the box nearest to that point. */
			const end = (key: string) => {
				const path = svg.querySelector<SVGPathElement>(`path[id$="-${key}"]`)!;
				const point = path.getPointAtLength(path.getTotalLength()).matrixTransform(path.getScreenCTM()!);
				const style = getComputedStyle(path);
				const distance = (node: Element) => {
					const r = node.querySelector('.label-container')!.getBoundingClientRect();
					return Math.hypot(Math.max(r.left - point.x, 0, point.x - r.right), Math.max(r.top - point.y, 0, point.y - r.bottom));
				};
				const nodes = [...svg.querySelectorAll('g.node')].sort((a, b) => distance(a) - distance(b));
				return { to: nodes[0]!.textContent!.replace(/\s+/g, ' ').trim(), gap: distance(nodes[0]!), visible: style.stroke !== 'none' && style.visibility !== 'hidden' };
			};
			return Object.fromEntries([...svg.querySelectorAll('path.flowchart-link')].map((path) => /(L_.+)$/.exec(path.id)![1]!).map((key) => [key, end(key)]));
		});
		for (const step of decisions) {
			expect(arrows[`L_k${step.number}_t${step.number}_0`], `step ${step.number}`).toMatchObject({ to: ask, visible: true });
			expect(arrows[`L_k${step.number}_t${step.number}_0`]!.gap).toBeLessThan(6);
		}
		const back = arrows['L_s22_s20_0']!;
		expect(back).toMatchObject({ to: `20. ${steps[19]!.title[lang]}`, visible: true });
		expect(back.gap).toBeLessThan(6);
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
		// The copy of the lane titles kept in view.
		const copy = svg.parentElement!.querySelector('.sk-flow-lanes svg');
		for (const text of copy?.querySelectorAll('text') ?? []) {
			const rect = copy!.querySelector('rect')!;
			texts.push({ text: text.textContent, ratio: contrast(getComputedStyle(text).fill, getComputedStyle(rect).fill) });
		}
		const box = getComputedStyle(svg.querySelector('.node.clickable .label-container')!).fill;
		return { texts, boxLuminance: luminance(box) };
	});
}

for (const theme of ['light', 'dark'] as const) {
	test.describe(`in the ${theme} theme`, () => {
		test.use({ colorScheme: theme });

		test('the diagrams follow the theme, their text at least 4.5:1 against its background', async ({ page }) => {
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await open(page, 'alur/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			for (const diagram of [overviewOf(page), diagramOf(page)]) {
				const { texts, boxLuminance } = await diagramColours(diagram);
				expect(texts.length).toBeGreaterThan(20);
				expect(texts.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
				if (theme === 'dark') expect(boxLuminance).toBeLessThan(0.1);
				else expect(boxLuminance).toBeGreaterThan(0.8);
			}
		});
	});
}

test('on paper the diagrams fit the page and show whole, without the copy of the lane titles', async ({ page }) => {
	await open(page, 'alur/');
	await page.emulateMedia({ media: 'print' });
	for (const diagram of [overviewOf(page), diagramOf(page)]) {
		const fits = await diagram.evaluate((svg) => {
			const box = svg.parentElement!;
			return svg.getBoundingClientRect().width <= box.getBoundingClientRect().width + 1 && box.scrollHeight <= box.clientHeight + 1;
		});
		expect(fits).toBe(true);
	}
	await expect(page.locator('.sk-flow-lanes').first()).toBeHidden();
});
