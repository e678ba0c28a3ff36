import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atDomainRoot, renderDiagrams, underBase, type DiagramRequest } from './diagram-store';
import { describeFailure } from './render-mermaid';
import { toMermaid } from './mermaid';
import { loadSop } from '../../model/validate';
import { diagramRequest, flowLabels, overviewRequest } from './diagrams';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';
import { ageCacheFiles } from '../../../test/support/cache-age';
import { pruneUnused } from '../../../tools/build-cache';

const sop = loadSop(tinySop(), TINY_SOURCES);
const folders: string[] = [];
const cacheFolder = () => {
	const folder = mkdtempSync(join(tmpdir(), 'sk-diagram-'));
	folders.push(folder);
	return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

// These tests draw with the installed Chromium, as the build does.
describe('renderDiagrams', { timeout: 60_000 }, () => {
	const request = diagramRequest(sop, 'id', '/sop/');
	const cache = cacheFolder();

	it('draws a diagram once, then serves it from the cache without starting Chromium', async () => {
		const first = await renderDiagrams([request], cache);
		expect(first.stats).toMatchObject({ rendered: 1, fromCache: 0, chromiumStarted: true });
		const { svg, fontFile } = first.diagrams[0]!;
		expect(svg).toMatch(/^<svg [^>]*id="sk-flow-id"/);
		expect(svg).toContain('<title id="chart-title-sk-flow-id">');
		expect(svg).not.toMatch(/foreignObject|style="|data-/);
		expect([...svg.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1])).toEqual(
			['terima', 'tulis', 'setujui', 'lapor'].map((id) => `/sop/langkah/${id}/`),
		);
		expect(svg).toContain(`src:url(/sop/_astro/${fontFile})`);
		expect(existsSync(join(cache, 'fonts', fontFile))).toBe(true);

		const second = await renderDiagrams([request], cache);
		expect(second.stats).toMatchObject({ rendered: 0, fromCache: 1, chromiumStarted: false });
		expect(second.diagrams[0]!.svg).toBe(svg);
	});

	it('draws once for every base path: under another base the drawing comes from the cache, its links and font under that base', async () => {
		const atRoot = await renderDiagrams([diagramRequest(sop, 'id', '/')], cache);
		expect(atRoot.stats).toMatchObject({ rendered: 0, fromCache: 1 });
		const { svg, fontFile } = atRoot.diagrams[0]!;
		expect([...svg.matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1])).toEqual(['terima', 'tulis', 'setujui', 'lapor'].map((id) => `/langkah/${id}/`));
		expect(svg).toContain(`src:url(/_astro/${fontFile})`);
		const elsewhere = await renderDiagrams([diagramRequest(sop, 'id', '/kota/bandung')], cache);
		expect(elsewhere.stats).toMatchObject({ rendered: 0, fromCache: 1, chromiumStarted: false });
		expect(elsewhere.diagrams[0]!.svg).toBe(svg.replaceAll('href="/', 'href="/kota/bandung/').replace('url(/_astro/', 'url(/kota/bandung/_astro/'));
	});

	it('marks the drawings and fonts it takes from the cache as used, so that the build keeps them', async () => {
		const own = cacheFolder();
		await renderDiagrams([request], own);
		ageCacheFiles(own);
		expect((await renderDiagrams([request], own)).stats.fromCache).toBe(1);
		expect(pruneUnused(own).files).toBe(0);
	});

	it('gives the same bytes for the same model in a fresh cache', async () => {
		const [a, b] = await Promise.all([renderDiagrams([request], cache), renderDiagrams([request], cacheFolder())]);
		expect(b.stats.chromiumStarted).toBe(true);
		expect(b.diagrams[0]!.svg).toBe(a.diagrams[0]!.svg);
	});

	it('gives every diagram of a model one font file, whatever characters its own text uses', async () => {
		const { diagrams } = await renderDiagrams([request, overviewRequest(sop, 'en', '/sop/')], cache);
		expect(diagrams[1]!.fontFile).toBe(diagrams[0]!.fontFile);
	});

	it('draws the lanes side by side, their titles in one row at the top, and copies that row', async () => {
		const { svg, laneTitles } = (await renderDiagrams([request], cache)).diagrams[0]!;
		const number = (text: string, name: string) => Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(text)![1]);
		const titles = [...svg.matchAll(/<rect class="swimlane-title"[^>]*>/g)].map((m) => m[0]).sort((a, b) => number(a, 'x') - number(b, 'x'));
		expect(titles).toHaveLength(2);
		expect(number(titles[0]!, 'x') + number(titles[0]!, 'width')).toBeCloseTo(number(titles[1]!, 'x'), 0);
		expect(number(titles[0]!, 'y')).toBe(number(titles[1]!, 'y'));
		expect(number(titles[0]!, 'height')).toBe(number(titles[1]!, 'height'));
		const [, top] = /viewBox="(-?[\d.]+) (-?[\d.]+)/.exec(svg)!.slice(1).map(Number);
		expect(number(titles[0]!, 'y') - top!).toBeLessThanOrEqual(1);
		// The copy: as wide as the diagram, hidden from assistive technology, the same titles, no ids.
		expect(laneTitles).toMatch(/^<svg [^>]*aria-hidden="true"/);
		expect(/width="(\d+)"/.exec(laneTitles)![1]).toBe(/width="(\d+)"/.exec(svg)![1]);
		expect(laneTitles).toContain('>Kota<');
		expect(laneTitles).toContain('>Dewan kota<');
		expect(laneTitles).not.toMatch(/ id=/);
	});

	it('ends each decision’s "no" branch in a capsule, "ask the Sub Bagian", with the branch labelled', async () => {
		const { svg } = (await renderDiagrams([request], cache)).diagrams[0]!;
		expect(svg).toMatch(/<g class="node default sk-ask" id="sk-flow-id-flowchart-t3-\d+"[^>]*><rect class="basic label-container" [^>]*rx="/);
		const text = svg.replace(/<[^>]+>/g, '');
		expect(text).toContain('Tanyakan kepada Sub Bagian Kerjasama Luar Negeri');
		expect(text).toContain('Tidak: SOP tidak menyebut');
	});

	it('refuses to cut a word across rows, naming it', async () => {
		const { text, lineSteps } = toMermaid(sop, { lang: 'id', base: '/', labels: { ...flowLabels(sop, 'id'), step: () => 'Pertanggungjawabannya' } });
		const narrow: DiagramRequest = { id: 'sk-narrow', base: '/', source: { text: text.replace(/wrappingWidth: \d+/, 'wrappingWidth: 60'), lineSteps } };
		await expect(renderDiagrams([narrow], cacheFolder())).rejects.toThrow(/Mermaid cut the word "Pertang\w*" in "Pertanggungjawabannya"/);
	});

	it('stops on text Mermaid cannot parse, with Mermaid’s message and the step it concerns', async () => {
		const { text, lineSteps } = toMermaid(sop, { lang: 'id', base: '/', labels: flowLabels(sop, 'id') });
		const broken: DiagramRequest = { id: 'sk-broken', base: '/', source: { text: text.replace('s2["2. Tulis"]', 's2["2. Tu"lis"]'), lineSteps } };
		await expect(renderDiagrams([broken], cacheFolder())).rejects.toThrow(/Mermaid could not draw the diagram "sk-broken": Parse error on line \d+:[\s\S]*step 2 "tulis"/);
	});
});

describe('atDomainRoot and underBase', () => {
	const request = diagramRequest(sop, 'en', '/sop/');

	it('take the links of the Mermaid text to the domain root, and nothing else', () => {
		const rooted = atDomainRoot(request);
		expect(rooted.base).toBe('/');
		expect(rooted.source.text).toBe(diagramRequest(sop, 'en', '/').source.text);
		expect(atDomainRoot(rooted)).toBe(rooted);
	});

	it('put the links and the font of a drawing under the base, leaving references inside the drawing alone', () => {
		const drawn = { svg: '<svg><style>@font-face{src:url(/_astro/f.woff2)}</style><path marker-end="url(#arrow)"/><a href="/en/langkah/x/">x</a></svg>', laneTitles: '<svg/>', fontFile: 'f.woff2' };
		expect(underBase(drawn, '/sop/').svg).toBe('<svg><style>@font-face{src:url(/sop/_astro/f.woff2)}</style><path marker-end="url(#arrow)"/><a href="/sop/en/langkah/x/">x</a></svg>');
		expect(underBase(drawn, '/')).toBe(drawn);
	});
});

describe('describeFailure', () => {
	const source = { text: '---\nconfig:\n  layout: swimlane\n---\nflowchart TB\n  s1["x"]\n', lineSteps: [undefined, undefined, undefined, undefined, undefined, sop.steps[0]] };
	it('counts Mermaid’s line numbers after the front matter', () => {
		expect(describeFailure({ id: 'd', source }, 'Parse error on line 2:\n...')).toContain('step 1 "terima"');
	});
	it('gives Mermaid’s message alone when no line is named', () => {
		expect(describeFailure({ id: 'd', source }, 'Something else')).toBe('Mermaid could not draw the diagram "d": Something else');
	});
});
