import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { orderedPhases, orderedSteps, stepsOfPhase } from '../../model/query';
import { diagramRequest, flowLabels } from './diagrams';
import { BUILDS, fileForPath, readPage } from '../../../test/support/built-site';
import { DIAGRAM_BUDGET, GZIP_LEVEL } from '../../../tools/budgets';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}

describe.each(BUILDS)('the flow diagram built at $base', (site) => {
	describe.each(['id', 'en'] as const)('in %s', (lang) => {
		const prefix = `${site.base}${lang === 'en' ? 'en/' : ''}`;
		const root = parse(readPage(site, `${prefix}alur/`));
		const svgs = root.querySelectorAll('main svg[role~="graphics-document"]');

		it('has one inline SVG with a title and a description', () => {
			expect(svgs).toHaveLength(1);
			const svg = svgs[0]!;
			expect(svg.querySelector('title')!.text).toBe(diagramRequest(sop, lang, site.base).source.text.match(/^accTitle: (.*)$/m)![1]);
			expect(svg.querySelector('desc')!.text.length).toBeGreaterThan(20);
			expect(svg.getAttribute('aria-labelledby')).toBe(svg.querySelector('title')!.id);
		});

		it('links each of the 23 steps, with the base, named by its step', () => {
			// The SVG holds its boxes lane by lane, not in step order.
			const links = new Map(svgs[0]!.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text.trim()]));
			expect(links.size).toBe(23);
			for (const step of orderedSteps(sop)) expect(links.get(`${prefix}langkah/${step.id}/`)).toBe(`${step.number}. ${step.title[lang]}`);
			expect(svgs[0]!.querySelectorAll('a')).toHaveLength(23);
		});

		it('lists the same steps in order below the diagram, each linked', () => {
			const items = root.querySelectorAll('main ol.sk-flow-list > li');
			expect(items).toHaveLength(23);
			orderedSteps(sop).forEach((step, i) => {
				expect(items[i]!.querySelector('a')!.getAttribute('href')).toBe(`${prefix}langkah/${step.id}/`);
				// Where the SOP names no one, the list says the office is implied.
				expect(items[i]!.text.includes(translate(lang, 'flow.listImplicit'))).toBe(step.responsibleImplicit);
			});
		});

		it(`keeps the SVG within ${DIAGRAM_BUDGET.svgKB} KB gzipped, with its font served from the build`, () => {
			const svg = svgs[0]!.toString();
			expect(gzipSync(svg, { level: GZIP_LEVEL }).length).toBeLessThanOrEqual(DIAGRAM_BUDGET.svgKB * 1000);
			const font = /src:url\(([^)]+\.woff2)\)/.exec(svg)![1]!;
			expect(font.startsWith(`${site.base}_astro/sk-diagram-`)).toBe(true);
			expect(fileForPath(site, font)).toBeDefined();
		});

		it('publishes the Mermaid source the diagram is drawn from, with a note', () => {
			const file = fileForPath(site, `${prefix}alur.mmd`)!;
			expect(readFileSync(file, 'utf8')).toBe(diagramRequest(sop, lang, site.base).source.text);
			expect(root.querySelector(`main a[href="${prefix}alur.mmd"]`)).not.toBeNull();
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
});
