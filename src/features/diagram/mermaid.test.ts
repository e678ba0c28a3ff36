import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { escapeLabel, toMermaid, type FlowLabels } from './mermaid';
import { orderedSteps } from '../../model/query';
import { loadSop } from '../../model/validate';
import { flowLabels } from './diagrams';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const labels: FlowLabels = {
	title: 'Alur uji',
	description: 'Deskripsi uji',
	start: 'Mulai',
	end: 'Selesai',
	levels: { kota: 'Kota', dprd: 'Dewan', provinsi: 'Provinsi', pusat: 'Pusat', 'luar-negeri': 'Luar negeri', 'daerah-lain': 'Daerah lain' },
	step: (step) => `${step.number}. ${step.title.id}`,
	via: (office) => `melalui ${office.short.id}`,
	fromStep: (step) => `Dari langkah ${step.number}`,
	toStep: (step) => `Ke langkah ${step.number}`,
};
const lines = (text: string) => text.split('\n');
/** The node ids and the arrows of Mermaid text, read back from it. */
function readBack(text: string) {
	const nodes = new Map<string, string>();
	for (const match of text.matchAll(/^ {2}(\w+)(?:\(\[|\[|\{|\()"([^"]*)"/gm)) nodes.set(match[1]!, match[2]!);
	const edges = [...text.matchAll(/^(\w+) -->(?:\|"([^"]*)"\|)? (\w+)$/gm)].map((m) => ({ from: m[1]!, to: m[3]!, label: m[2] }));
	const links = new Map([...text.matchAll(/^click (\w+) href "([^"]*)"$/gm)].map((m) => [m[1]!, m[2]!]));
	return { nodes, edges, links };
}

describe('toMermaid on the fixture', () => {
	const { text, lineSteps } = toMermaid(sop, { lang: 'id', base: '/', labels });

	it('writes a swimlane flowchart with its accessible title and description', () => {
		expect(lines(text).slice(0, 7)).toEqual(['---', 'config:', '  layout: swimlane', '---', 'flowchart TB', 'accTitle: Alur uji', 'accDescr: Deskripsi uji']);
	});

	it('has every step as a box with its number and title, and start and end as capsules', () => {
		const { nodes } = readBack(text);
		expect([...nodes]).toEqual([
			['mulai', 'Mulai'],
			['s1', '1. Terima'],
			['s2', '2. Tulis'],
			['s3', '3. Setujui'],
			['s4', '4. Lapor'],
			['selesai', 'Selesai'],
			['k3', 'Setuju?'],
		]);
		expect(text).toContain('  mulai(["Mulai"])');
		expect(text).toContain('  k3{"Setuju?"}');
	});

	it('puts each node in the lane of its level', () => {
		expect(text).toContain('subgraph lane_kota["Kota"]\n  mulai(["Mulai"])\n  s1[');
		expect(text).toContain('subgraph lane_dprd["Dewan"]\n  k3{"Setuju?"}\nend');
	});

	it('has every transition as an arrow, the decision’s branch labelled', () => {
		expect(readBack(text).edges).toEqual([
			{ from: 'mulai', to: 's1', label: undefined },
			{ from: 's1', to: 's2', label: undefined },
			{ from: 's2', to: 's3', label: undefined },
			{ from: 's3', to: 'k3', label: undefined },
			{ from: 'k3', to: 's4', label: 'Disetujui' },
			{ from: 's4', to: 's3', label: 'Berulang' },
			{ from: 's4', to: 'selesai', label: undefined },
		]);
	});

	it('links every step box, and only those, to its step page', () => {
		expect([...readBack(text).links]).toEqual([
			['s1', '/langkah/terima/'],
			['s2', '/langkah/tulis/'],
			['s3', '/langkah/setujui/'],
			['s4', '/langkah/lapor/'],
		]);
	});

	it('carries the base and the language in the links', () => {
		const english = toMermaid(sop, { lang: 'en', base: '/sop-kerjasama/', labels }).text;
		expect(readBack(english).links.get('s2')).toBe('/sop-kerjasama/en/langkah/tulis/');
		expect(readBack(english).nodes.get('k3')).toBe('Setuju? (en)');
	});

	it('gives the same text for the same model, and ids that do not depend on the labels', () => {
		expect(toMermaid(loadSop(tinySop(), TINY_SOURCES), { lang: 'id', base: '/', labels }).text).toBe(text);
		const renamed = tinySop();
		renamed.steps[1]!.title = { id: 'Nama lain "sekali"', en: 'Other' };
		const other = toMermaid(loadSop(renamed, TINY_SOURCES), { lang: 'id', base: '/', labels }).text;
		expect(readBack(other).nodes.get('s2')).toBe('2. Nama lain #34;sekali#34;');
		expect([...readBack(other).nodes.keys()]).toEqual([...readBack(text).nodes.keys()]);
	});

	it('knows which step each line concerns', () => {
		const at = (prefix: string) => lineSteps[lines(text).findIndex((line) => line.startsWith(prefix))]?.id;
		expect(at('  s2[')).toBe('tulis');
		expect(at('k3 -->')).toBe('setujui');
		expect(at('click s4')).toBe('lapor');
		expect(at('flowchart')).toBeUndefined();
		expect(lineSteps).toHaveLength(lines(text).length - 1);
	});
});

describe('toMermaid for one phase', () => {
	it('draws the phase with off-page connectors to the steps around it', () => {
		const { text } = toMermaid(sop, { lang: 'id', base: '/', labels, phase: 'akhir' });
		const { nodes, edges, links } = readBack(text);
		expect([...nodes.keys()]).toEqual(['dari2', 's3', 's4', 'selesai', 'k3']);
		expect(nodes.get('dari2')).toBe('Dari langkah 2');
		expect(edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['dari2>s3', 's3>k3', 'k3>s4', 's4>s3', 's4>selesai']);
		expect([...links.keys()]).toEqual(['s3', 's4']);
		expect(text).toContain('class dari2 sk-connector');
		expect(text).toContain('class selesai sk-terminal');
	});
});

describe('toMermaid on the real SOP', () => {
	const steps = orderedSteps(realSop);
	for (const lang of ['id', 'en'] as const) {
		it(`has the 23 steps as linked boxes, and labels on the decisions’ branches (${lang})`, () => {
			const { text } = toMermaid(realSop, { lang, base: '/', labels: flowLabels(realSop, lang) });
			const { nodes, edges, links } = readBack(text);
			for (const step of steps) {
				expect(nodes.get(`s${step.number}`)).toBe(`${step.number}. ${escapeLabel(step.title[lang])}`);
				expect(links.get(`s${step.number}`)).toBe(`${lang === 'en' ? '/en' : ''}/langkah/${step.id}/`);
				if (step.decision) {
					expect(nodes.get(`k${step.number}`)).toBe(escapeLabel(step.decision.question[lang]));
					expect(edges.filter((edge) => edge.from === `k${step.number}`).map((edge) => edge.label)).toEqual([step.decision.yes[lang]]);
				}
			}
			expect(links.size).toBe(23);
			expect(text).toContain('accTitle: ');
			expect(text).toContain('accDescr: ');
		});
	}

	it('draws each phase with only its own steps', () => {
		for (const phase of realSop.phases) {
			const { text } = toMermaid(realSop, { lang: 'id', base: '/', labels: flowLabels(realSop, 'id', phase.id), phase: phase.id });
			const own = steps.filter((step) => step.phase === phase.id).map((step) => `s${step.number}`);
			expect([...readBack(text).links.keys()]).toEqual(own);
		}
	});
});

describe('escapeLabel', () => {
	it('turns quotes, # and angle brackets into Mermaid entities and line breaks into spaces', () => {
		expect(escapeLabel('a "b" #1 <c>\nd')).toBe('a #34;b#34; #35;1 #60;c#62; d');
	});
});
