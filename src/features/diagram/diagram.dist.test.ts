import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { orderedPhases, orderedSteps, stepsOfPhase } from '../../model/query';
import { diagramRequest, flowLabels, overviewId, overviewRequest } from './diagrams';
import { buildFlow } from './flow';
import { LANGS } from '../../model/languages';
import { BUILDS, fileForPath, listPages, readPage } from '../../../test/support/built-site';
import { gzipTotal, weighPage } from '../../../test/support/page-weight';
import { DIAGRAM_BUDGET, GZIP_LEVEL, PAGE_BUDGETS } from '../../../tools/budgets';

/** The budget of a page that shows a diagram, for the full-width page, which no page type covers. */
const DIAGRAM_PAGE_KB = PAGE_BUDGETS.diagram.totalKB;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}

/** The text of the lane titles of a drawn diagram (or of its copy), left to right. */
function laneTitles(svg: HTMLElement): string[] {
	const number = (element: HTMLElement) => Number(/translate\((-?[\d.]+)/.exec(element.getAttribute('transform') ?? '')![1]);
	const labels = svg.querySelectorAll('.swimlane-label').length > 0 ? svg.querySelectorAll('.swimlane-label') : svg.querySelectorAll('g[transform]');
	return labels
		.filter((label) => label.querySelector('text'))
		.sort((a, b) => number(a) - number(b))
		.map((label) => label.text.replace(/\s+/g, ' ').trim());
}

describe.each(BUILDS)('the flow diagrams built at $base', (site) => {
	describe.each(LANGS)('in %s', (lang) => {
		const prefix = `${site.base}${lang === 'en' ? 'en/' : ''}`;
		const root = parse(readPage(site, `${prefix}alur/`));
		const full = root.querySelector(`main svg#${diagramRequest(sop, lang, site.base).id}`)!;
		const overview = root.querySelector(`main svg#${overviewId(lang)}`)!;
		const flow = buildFlow(sop);

		it('has the overview first, then the whole flow, each an inline SVG with a title and a description', () => {
			const svgs = root.querySelectorAll('main svg[role~="graphics-document"]');
			expect(svgs.map((svg) => svg.id)).toEqual([overview.id, full.id]);
			for (const [svg, request] of [
				[full, diagramRequest(sop, lang, site.base)],
				[overview, overviewRequest(sop, lang, site.base)],
			] as const) {
				expect(svg.querySelector('title')!.text).toBe(request.source.text.match(/^accTitle: (.*)$/m)![1]);
				expect(svg.querySelector('desc')!.text.length).toBeGreaterThan(20);
				expect(svg.getAttribute('aria-labelledby')).toBe(svg.querySelector('title')!.id);
			}
		});

		it('links each of the seven phases from the overview, with the base, named by its number and title, in order', () => {
			const links = overview.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text.replace(/\s+/g, ' ').trim()]);
			expect(links).toEqual(orderedPhases(sop).map((phase) => [`${prefix}tahap/${phase.id}/`, `${phase.order}. ${phase.title[lang]}`]));
		});

		it('links each of the 23 steps, with the base, named by its step, in the order of the steps (as they are read and tabbed through)', () => {
			const links = full.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text.replace(/\s+/g, ' ').trim()]);
			expect(links).toEqual(orderedSteps(sop).map((step) => [`${prefix}langkah/${step.id}/`, `${step.number}. ${step.title[lang]}`]));
		});

		it('names every lane by its level of government, in the model’s order, in the diagram and in the copy kept in view', () => {
			const names = flow.lanes.map((level) => sop.levels.find((l) => l.id === level)!.name[lang]);
			expect(laneTitles(full)).toEqual(names);
			const copy = root.querySelector('main .sk-flow-lanes svg')!;
			expect(copy.getAttribute('aria-hidden')).toBe('true');
			expect(copy.getAttribute('width')).toBe(full.getAttribute('width'));
			expect(laneTitles(copy)).toEqual(names);
			expect(laneTitles(overview)).toEqual(sop.levels.map((level) => level.name[lang]));
		});

		it('draws the "no" branch of each decision, labelled, to a capsule that says to ask the Sub Bagian', () => {
			const decisions = orderedSteps(sop).filter((step) => step.decision);
			expect(decisions.map((step) => step.number)).toEqual([12, 15, 16]);
			for (const step of decisions) {
				expect(full.querySelector(`path[id$="-L_k${step.number}_t${step.number}_0"]`), `step ${step.number}`).not.toBeNull();
				const label = full.querySelector(`g.edgeLabel[id$="L_k${step.number}_t${step.number}_0"]`)!;
				expect(label.text.replace(/\s+/g, ' ').trim()).toBe(translate(lang, 'flow.no'));
				const ask = full.querySelector(`g.node.sk-ask[id*="-flowchart-t${step.number}-"]`)!;
				expect(ask.text.replace(/\s+/g, ' ').trim()).toBe(translate(lang, 'flow.ask', { unit: translate(lang, 'contact.unit') }));
			}
		});

		it('draws the repeat of steps 20–22 as a labelled arrow from step 22 back to step 20', () => {
			expect(full.querySelector('path[id$="-L_s22_s20_0"]')).not.toBeNull();
			const when = orderedSteps(sop)[21]!.next.find((edge) => edge.when)!.when![lang];
			expect(full.querySelector('g.edgeLabel[id$="L_s22_s20_0"]')!.text.replace(/\s+/g, ' ').trim()).toBe(when);
		});

		it('draws exactly the boxes and arrows of the Mermaid source it publishes', () => {
			const text = readFileSync(fileForPath(site, `${prefix}alur.mmd`)!, 'utf8');
			const nodes = [...text.matchAll(/^ {2}(\w+)[[({]/gm)].map((match) => match[1]!).sort();
			const drawn = full.querySelectorAll('g.node').map((node) => /-flowchart-(\w+)-\d+$/.exec(node.id)![1]!).sort();
			expect(drawn).toEqual(nodes);
			const arrows = [...text.matchAll(/^(\w+) -->(?:\|"[^"]*"\|)? (\w+)$/gm)].map((match) => `L_${match[1]}_${match[2]}_0`).sort();
			const paths = full.querySelectorAll('path.flowchart-link').map((path) => /(L_\w+_\d+)$/.exec(path.id)![1]!).sort();
			expect(paths).toEqual(arrows);
		});

		it('lists the same steps in order below the diagram, each linked, and says for each decision what "no" leads to', () => {
			const items = root.querySelectorAll('main ol.sk-flow-list:not(.sk-overview-list) > li');
			expect(items).toHaveLength(23);
			orderedSteps(sop).forEach((step, i) => {
				expect(items[i]!.querySelector('a')!.getAttribute('href')).toBe(`${prefix}langkah/${step.id}/`);
				// Where the SOP names no one, the list says the office is implied.
				expect(items[i]!.text.includes(translate(lang, 'flow.listImplicit'))).toBe(step.responsibleImplicit);
				const silent = items[i]!.querySelector('.sk-flow-silent');
				expect(silent !== null, `step ${step.number}`).toBe(step.decision !== undefined);
				if (!silent) return;
				expect(silent.text).toBe(translate(lang, 'flow.listDecisionSilent'));
				// The unit links to the contact block when the build's settings give a contact (the sub-path build's do).
				const link = silent.querySelector('a');
				if (site.dir === 'dist') expect(link).toBeNull();
				else expect([link?.getAttribute('href'), link?.text]).toEqual(['#kontak', translate(lang, 'contact.unit')]);
			});
		});

		it('lists the phases below the overview, each linked to its page', () => {
			const items = root.querySelectorAll('main ol.sk-overview-list > li');
			expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(orderedPhases(sop).map((phase) => `${prefix}tahap/${phase.id}/`));
		});

		it(`keeps the whole-flow SVG within ${DIAGRAM_BUDGET.svgKB} KB gzipped, with one font for every diagram, served from the build`, () => {
			const svg = full.toString();
			expect(gzipSync(svg, { level: GZIP_LEVEL }).length).toBeLessThanOrEqual(DIAGRAM_BUDGET.svgKB * 1000);
			const fonts = new Set([...readPage(site, `${prefix}alur/`).matchAll(/src:url\(([^)]+\.woff2)\)/g)].map((match) => match[1]!));
			expect(fonts.size).toBe(1);
			const [font] = fonts;
			expect(font!.startsWith(`${site.base}_astro/sk-diagram-`)).toBe(true);
			expect(fileForPath(site, font!)).toBeDefined();
			const phaseFont = /src:url\(([^)]+\.woff2)\)/.exec(readPage(site, `${prefix}tahap/${sop.phases[0]!.id}/`))![1];
			expect(phaseFont).toBe(font);
		});

		it('publishes the Mermaid source the diagram is drawn from, with a note', () => {
			const file = fileForPath(site, `${prefix}alur.mmd`)!;
			expect(readFileSync(file, 'utf8')).toBe(diagramRequest(sop, lang, site.base).source.text);
			expect(root.querySelector(`main a[href="${prefix}alur.mmd"]`)).not.toBeNull();
		});

		it('links to the full-width page, which shows the same diagram with its lane titles kept in view', () => {
			expect(root.querySelector(`main a.sk-flow-wide-link`)!.getAttribute('href')).toBe(`${prefix}alur/lengkap/`);
			const wide = parse(readPage(site, `${prefix}alur/lengkap/`));
			expect(wide.querySelector(`main svg#${full.id}`)!.toString()).toBe(full.toString());
			expect(wide.querySelector('main .sk-flow-lanes svg')).not.toBeNull();
			expect(wide.querySelector(`main a[href="${prefix}alur/"]`)).not.toBeNull();
		});
	});

	it.each(['id', 'en'] as const)('draws on each phase page the diagram of its phase, linking each of its steps and no other (%s)', (lang) => {
		const prefix = `${site.base}${lang === 'en' ? 'en/' : ''}`;
		for (const phase of orderedPhases(sop)) {
			const svgs = parse(readPage(site, `${prefix}tahap/${phase.id}/`)).querySelectorAll('main svg[role~="graphics-document"]');
			expect(svgs, phase.id).toHaveLength(1);
			const svg = svgs[0]!;
			expect(svg.querySelector('title')!.text, phase.id).toBe(flowLabels(sop, lang, phase.id).title);
			expect(svg.getAttribute('aria-labelledby'), phase.id).toBe(svg.querySelector('title')!.id);
			const links = svg.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text.trim()]);
			expect(links.sort(), phase.id).toEqual(stepsOfPhase(sop, phase.id).map((step) => [`${prefix}langkah/${step.id}/`, `${step.number}. ${step.title[lang]}`]).sort());
		}
	});

	it('ships no Mermaid JavaScript', () => {
		const scripts = files(site.dir).filter((file) => /\.m?js$/.test(file));
		expect(scripts.filter((file) => /mermaid/i.test(readFileSync(file, 'utf8')))).toEqual([]);
	});

	it(`keeps the full-width diagram page within ${DIAGRAM_PAGE_KB} KB gzip on a first visit`, () => {
		const pages = listPages(site).filter((page) => /\/alur\/lengkap\/$/.test(page));
		expect(pages).toHaveLength(LANGS.length);
		for (const page of pages) expect(gzipTotal(weighPage(site, page)), page).toBeLessThanOrEqual(DIAGRAM_PAGE_KB * 1000);
	});
});
