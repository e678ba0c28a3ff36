import { describe, expect, it } from 'vitest';
import { sop } from '../../content/sop';
import { LANGS } from '../../model/languages';
import { allDiagramRequests, diagramCharacters, diagramId, diagramRequest, flowListId, overviewRequest, type DiagramVariant } from './diagrams';

const variant: DiagramVariant = { id: 'status', stepClass: (step) => (step.number <= 11 ? 'sk-status-before' : undefined) };

describe('the diagrams of the site', () => {
	it('are the overview, the whole flow and each phase, in each language, each SVG with an id of its own', () => {
		const requests = allDiagramRequests(sop, '/');
		expect(requests).toHaveLength(LANGS.length * (2 + sop.phases.length));
		expect(new Set(requests.map((request) => request.id)).size).toBe(requests.length);
		expect(requests.map((request) => request.id)).toContain('sk-flow-id');
		expect(requests.map((request) => request.id)).toContain('sk-overview-en');
	});

	it('cover, in one font, every character any of them uses', () => {
		const characters = new Set(diagramCharacters(sop));
		for (const request of allDiagramRequests(sop, '/')) {
			expect(request.fontText).toBe(diagramCharacters(sop));
			expect([...request.source.text.replace(/\s/g, '')].filter((char) => !characters.has(char))).toEqual([]);
		}
	});

	it('draw a variant as the whole flow with a class on each step it marks, under an id and a list id of its own', () => {
		const request = diagramRequest(sop, 'en', '/', undefined, variant);
		expect(request.id).toBe('sk-flow-status-en');
		expect(request.id).toBe(diagramId('en', undefined, variant));
		expect(flowListId('en', undefined, variant)).not.toBe(flowListId('en'));
		expect(request.source.text).toMatch(/^class s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11 sk-status-before$/m);
		expect(diagramRequest(sop, 'en', '/').source.text).not.toContain('sk-status-before');
		expect(allDiagramRequests(sop, '/', [variant]).map((r) => r.id)).toEqual(expect.arrayContaining(['sk-flow-status-id', 'sk-flow-status-en']));
	});

	it('carry the base, with or without its last slash', () => {
		expect(overviewRequest(sop, 'id', '/sop').base).toBe('/sop/');
		expect(overviewRequest(sop, 'id', '/sop').source.text).toContain('click p1 href "/sop/tahap/');
	});
});
