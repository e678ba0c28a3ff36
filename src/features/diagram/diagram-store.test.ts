import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDiagrams, type DiagramRequest } from './diagram-store';
import { describeFailure } from './render-mermaid';
import { toMermaid } from './mermaid';
import { loadSop } from '../../model/validate';
import { diagramRequest, flowLabels } from './diagrams';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

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
		const [{ svg, fontFile }] = first.diagrams as [{ svg: string; fontFile: string }];
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

	it('gives the same bytes for the same model in a fresh cache', async () => {
		const [a, b] = await Promise.all([renderDiagrams([request], cache), renderDiagrams([request], cacheFolder())]);
		expect(b.stats.chromiumStarted).toBe(true);
		expect(b.diagrams[0]!.svg).toBe(a.diagrams[0]!.svg);
	});

	it('stops on text Mermaid cannot parse, with Mermaid’s message and the step it concerns', async () => {
		const { text, lineSteps } = toMermaid(sop, { lang: 'id', base: '/', labels: flowLabels(sop, 'id') });
		const broken: DiagramRequest = { id: 'sk-broken', base: '/', source: { text: text.replace('s2["2. Tulis"]', 's2["2. Tu"lis"]'), lineSteps } };
		await expect(renderDiagrams([broken], cacheFolder())).rejects.toThrow(/Mermaid could not draw the diagram "sk-broken": Parse error on line \d+:[\s\S]*step 2 "tulis"/);
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
