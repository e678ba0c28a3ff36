import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { buildProcessGraph } from './bpmn-process';
import { translate } from './strings';
import { sop } from '../../content/sop';
import { LANGS, MAIN_LANG, type Lang } from '../../model/languages';

// bpmn-js draws the file in the test only: it is loaded from node_modules into a page the test serves at the site's
// origin (so that the page can fetch the built file), and never shipped with the site.
const require = createRequire(import.meta.url);
const viewer = readFileSync(require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js'), 'utf8');
const styles = ['diagram-js.css', 'bpmn-js.css'].map((file) => readFileSync(require.resolve(`bpmn-js/dist/assets/${file}`), 'utf8')).join('\n');
const VIEWER_PAGE = '__bpmn-viewer__/';

/** Opens the test's viewer page, which draws the site's `sop.bpmn` of a language; returns bpmn-js's import warnings. */
async function drawBpmn(page: Page, lang: Lang): Promise<string[]> {
	await page.route(`**/${VIEWER_PAGE}`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>BPMN</title><style>${styles} html, body, #canvas { margin: 0; height: 100%; }</style></head><body><div id="canvas"></div><script>${viewer}</script></body></html>`,
		}),
	);
	await page.goto(VIEWER_PAGE);
	const file = `../${lang === MAIN_LANG ? '' : `${lang}/`}data/sop.bpmn`;
	return page.evaluate(async (url) => {
		const xml = await (await fetch(url)).text();
		const bpmn = new (window as unknown as { BpmnJS: new (options: object) => { importXML(xml: string): Promise<{ warnings: { message: string }[] }> } }).BpmnJS({ container: '#canvas' });
		const { warnings } = await bpmn.importXML(xml);
		return warnings.map((warning) => warning.message);
	}, file);
}

for (const lang of LANGS) {
	test(`sop.bpmn (${lang}) renders in bpmn-js with a shape per step, decision and lane @subpath`, async ({ page }) => {
		expect(await drawBpmn(page, lang)).toEqual([]);
		const graph = buildProcessGraph(sop, lang);
		const shape = (id: string) => page.locator(`.djs-shape[data-element-id="${id}"]`);
		const squeeze = (text: string) => text.replace(/\s+/g, '');
		for (const step of sop.steps) {
			const task = shape(`Task_${step.id}`);
			await expect(task).toBeVisible();
			// bpmn-js breaks the name into lines; the words are the same.
			expect(squeeze((await task.textContent()) ?? '')).toBe(squeeze(`${step.number}. ${step.title[lang]}`));
		}
		await expect(page.locator('.djs-shape[data-element-id^="Task_"]')).toHaveCount(sop.steps.length);
		const gateways = graph.nodes.filter((node) => node.kind === 'gateway');
		// A gateway's question is drawn as a label of its own (`<id>_label`).
		await expect(page.locator('.djs-shape[data-element-id^="Gateway_"]:not([data-element-id$="_label"])')).toHaveCount(gateways.length);
		for (const step of sop.steps.filter((s) => s.decision)) await expect(shape(`Gateway_${step.id}_decision`)).toBeVisible();
		await expect(page.locator('.djs-shape[data-element-id^="Lane_"]')).toHaveCount(graph.lanes.length);
		await expect(page.locator('.djs-shape[data-element-id="Participant_sop"]')).toBeVisible();
		await expect(page.locator('.djs-connection')).toHaveCount(graph.flows.length);
	});
}

test('the data page is reached from the navigation and lists each download with its format, files and an example @subpath', async ({ page }) => {
	await page.goto('en/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: translate('en', 'data.title') }).click();
	await expect(page).toHaveURL(/\/en\/data\/$/);
	await expect(page.getByRole('heading', { level: 1, name: translate('en', 'data.title') })).toBeVisible();
	for (const kind of ['json', 'schema', 'csv', 'bpmn', 'mermaid'] as const) {
		const entry = page.getByRole('region', { name: translate('en', `data.${kind}.title`) });
		await expect(entry).toContainText(translate('en', `data.${kind}.format`));
		await expect(entry.getByRole('link').first()).toBeVisible();
	}
	const bpmn = page.getByRole('region', { name: translate('en', 'data.bpmn.title') });
	await expect(bpmn.getByRole('link')).toHaveText(['sop.bpmn (Indonesian)', 'sop.bpmn (English)']);
	const response = await page.request.get(await bpmn.getByRole('link', { name: 'sop.bpmn (English)' }).getAttribute('href').then((href) => new URL(href!, page.url()).href));
	expect(response.ok()).toBe(true);
	expect(await response.text()).toContain('name="1. Receive the cooperation proposal"');
});
