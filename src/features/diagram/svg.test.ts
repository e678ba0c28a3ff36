import { describe, expect, it } from 'vitest';
import { declareXlink, optimizeLaneTitles, optimizeSvg } from './svg';

/** A small SVG shaped like Mermaid 12's output: xlink:href without the namespace, data attributes, inline styles. */
const MERMAID_LIKE = [
	'<svg id="d1" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 300.5px;" viewBox="0 0 300.5 200.25" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-d1" aria-describedby="chart-desc-d1">',
	'<title id="chart-title-d1">Alur</title><desc id="chart-desc-d1">Deskripsi alur</desc>',
	'<style>#d1{font-family:x,sans-serif;}#d1 .node rect{fill:#fff;}</style>',
	'<g class="cluster swimlane" data-id="lane_kota" data-look="classic"><rect class="swimlane-title" style="" x="0" y="0" width="300" height="24"></rect>',
	'<g class="cluster-label swimlane-label" transform="translate(80, 0)"><text y="12">Pemerintah Kota</text></g></g>',
	'<a xlink:href="/langkah/terima/" data-look="classic" transform="translate(150.123456, 100.987654)"><g class="node default clickable" id="d1-flowchart-s1-0"><rect class="basic label-container" style="stroke-width: 1.5px" x="-60" y="-20" width="120" height="40"></rect>',
	'<g class="label"><text><tspan class="text-outer-tspan row">1. Terima</tspan></text></g></g></a>',
	'</svg>',
].join('');

describe('declareXlink', () => {
	it('declares the namespace Mermaid uses without declaring', () => {
		expect(declareXlink('<svg a="1"><a xlink:href="/x"/></svg>')).toBe('<svg xmlns:xlink="http://www.w3.org/1999/xlink" a="1"><a xlink:href="/x"/></svg>');
	});
	it('leaves an SVG alone that declares it or has no xlink', () => {
		expect(declareXlink('<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="/x"/></svg>')).toContain('<svg xmlns:xlink');
		expect(declareXlink('<svg><a href="/x"/></svg>')).toBe('<svg><a href="/x"/></svg>');
	});
});

describe('optimizeSvg', () => {
	const font = { family: 'sk-diagram-abc', url: '/sop/_astro/sk-diagram-abc.woff2' };
	const svg = optimizeSvg(MERMAID_LIKE, font);

	it('keeps the title, the description, the role and the labelling', () => {
		expect(svg).toContain('<title id="chart-title-d1">Alur</title><desc id="chart-desc-d1">Deskripsi alur</desc>');
		expect(svg).toMatch(/role="graphics-document document"/);
		expect(svg).toMatch(/aria-labelledby="chart-title-d1"/);
		expect(svg).toMatch(/aria-describedby="chart-desc-d1"/);
		expect(svg).toContain('id="d1-flowchart-s1-0"');
	});

	it('keeps the links, as plain href', () => {
		expect(svg).toMatch(/<a [^>]*href="\/langkah\/terima\/"/);
		expect(svg).not.toContain('xlink');
	});

	it('drops data attributes and inline styles, turning styles into presentation attributes', () => {
		expect(svg).not.toMatch(/data-|style="/);
		expect(svg).toContain('stroke-width="1.5px"');
	});

	it('sizes the SVG to its natural size and rounds numbers', () => {
		expect(svg).toMatch(/^<svg[^>]* width="301"/);
		expect(svg).toMatch(/^<svg[^>]* height="201"/);
		expect(svg).toContain('translate(150.1 101)');
	});

	it('declares the web font at the head of its style sheet', () => {
		expect(svg).toContain('<style>@font-face{font-family:sk-diagram-abc;src:url(/sop/_astro/sk-diagram-abc.woff2);font-display:block}');
	});

	it('gives the same bytes for the same input', () => expect(optimizeSvg(MERMAID_LIKE, font)).toBe(svg));
});

describe('optimizeLaneTitles', () => {
	const strip = optimizeLaneTitles(
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-10.04 -50 300.5 30"><rect class="swimlane-title" x="-10" y="-50" width="150" height="30" fill="hsl(1,1%,1%)" style="stroke: red"></rect><g class="cluster-label swimlane-label" transform="translate(65, -44)"><g><text y="0" text-anchor="middle"><tspan class="row" x="0" dy="1em">Kota</tspan></text></g></g></svg>',
		'sk-diagram-abc',
	);

	it('sizes the copy of the lane titles like its diagram, in the diagram’s font, hidden from assistive technology', () => {
		expect(strip).toMatch(/^<svg [^>]*width="301"/);
		expect(strip).toMatch(/^<svg [^>]*height="30"/);
		expect(strip).toMatch(/^<svg [^>]*aria-hidden="true"/);
		expect(strip).toMatch(/^<svg [^>]*font-family="sk-diagram-abc, sans-serif"/);
		expect(strip).toContain('>Kota</tspan>');
	});

	it('leaves its colours to the site’s CSS', () => expect(strip).not.toMatch(/fill=|stroke=|style=|class=/));

	it('is nothing for a diagram without lanes', () => expect(optimizeLaneTitles('', 'f')).toBe(''));
});
